// A question with a few answers (replace the file? save first?). Focus starts on the safe
// answer, so Enter never destroys anything by accident.
import { useId, type ReactNode } from 'react';
import { Dialog, DialogActions } from '../../components/Dialog';

export interface Choice {
  label: string;
  onChoose(): void;
  primary?: boolean;
  /** Gets the focus when the dialog opens. */
  safe?: boolean;
}

interface Props {
  title: string;
  children: ReactNode;
  choices: Choice[];
  onClose(): void;
}

export function ConfirmDialog({ title, children, choices, onClose }: Props) {
  const bodyId = useId();
  return (
    <Dialog title={title} onClose={onClose} describedBy={bodyId}>
      <div id={bodyId}>{children}</div>
      <DialogActions>
        {choices.map((c) => (
          <button key={c.label} type="button" className={c.primary ? 'primary' : undefined} data-autofocus={c.safe ? true : undefined} onClick={c.onChoose}>
            {c.label}
          </button>
        ))}
      </DialogActions>
    </Dialog>
  );
}
