// The editor of a list of choices (commitments, tags): check boxes in a popup, arrow keys
// move, Space ticks, Enter stores. For tags a text box adds a new one (Enter adds it while the
// box has text; Enter on an empty box stores).
import { useEffect, useId, useRef, useState } from 'react';
import type { CustomCellEditorProps } from 'ag-grid-react';
import type { Option } from '../columns';

export interface MultiEditorParams {
  options: readonly Option[];
  free?: boolean;
  label: string;
  newLabel: string;
}

export function MultiCellEditor(props: CustomCellEditorProps & MultiEditorParams) {
  const { options, free, label, newLabel, onValueChange } = props;
  const [chosen, setChosen] = useState<string[]>(() => (Array.isArray(props.initialValue) ? (props.initialValue as string[]) : []));
  const [extra, setExtra] = useState<Option[]>(() => chosen.filter((v) => !options.some((o) => o.value === v)).map((v) => ({ value: v, label: v })));
  const [draft, setDraft] = useState('');
  const list = useRef<HTMLDivElement>(null);
  const newInput = useRef<HTMLInputElement>(null);
  const latest = useRef({ draft, chosen, extra });
  latest.current = { draft, chosen, extra };
  const groupId = useId();
  const all = [...options, ...extra];

  useEffect(() => {
    list.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  // Enter in the new-tag box adds the tag. The listener sits on the box itself, so it runs
  // before the grid's (which would store and close); with the box empty, Enter stores.
  useEffect(() => {
    const el = newInput.current;
    if (!el) return;
    const onKey = (e: KeyboardEvent) => {
      const { draft: d, chosen: c, extra: x } = latest.current;
      const v = d.trim();
      if (e.key !== 'Enter' || v === '') return;
      e.preventDefault();
      e.stopPropagation();
      if (![...options, ...x].some((o) => o.value === v)) setExtra([...x, { value: v, label: v }]);
      if (!c.includes(v)) set([...c, v]);
      setDraft('');
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function set(next: string[]) {
    setChosen(next);
    onValueChange(next);
  }

  const toggle = (v: string) => set(chosen.includes(v) ? chosen.filter((x) => x !== v) : [...chosen, v]);

  function move(e: React.KeyboardEvent, by: number) {
    const boxes = [...(list.current?.querySelectorAll<HTMLInputElement>('input') ?? [])];
    const i = boxes.indexOf(document.activeElement as HTMLInputElement);
    const next = boxes[Math.max(0, Math.min(boxes.length - 1, i + by))];
    if (next) {
      e.preventDefault();
      e.stopPropagation();
      next.focus();
    }
  }

  return (
    <div
      className="sheet-multi"
      role="group"
      aria-labelledby={groupId}
      ref={list}
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown') move(e, 1);
        else if (e.key === 'ArrowUp') move(e, -1);
      }}
    >
      <div id={groupId} className="sheet-multi__title">
        {label}
      </div>
      <div className="sheet-multi__options">
        {all.map((o) => (
          <label key={o.value} className="sheet-multi__option">
            <input type="checkbox" checked={chosen.includes(o.value)} onChange={() => toggle(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
      {free && (
        <input
          ref={newInput}
          type="text"
          className="sheet-multi__new"
          aria-label={newLabel}
          placeholder={newLabel}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
      )}
    </div>
  );
}
