// The steps of importing a table of actions or financing entries, shared by the Export view's
// card (a file) and the grids (a pasted block whose columns do not fit): stage the file in
// Node, propose sheet, kind, unit and column mapping, preview every problem by row and column,
// then apply it all as one step (one undo step).
import { useState } from 'react';
import type { MoneyUnit } from '../../../shared/domain/ids';
import type { ImportKind } from '../../../shared/exchange/columns';
import type { ImportApplied, ImportPreview, SheetInfo, StagedInfo } from '../../../shared/exchange/outcomes';
import type { ImportProblem } from '../../../shared/exchange/problems';
import { client } from '../../api/client';
import type { StageResult } from './files';
import { useTask, type TaskState } from './useTask';

export interface Settings {
  sheet: string;
  kind: ImportKind;
  headerRow: number;
  columns: (string | null)[];
  unit: MoneyUnit;
  mode: 'add' | 'upsert';
}

export type ImportMessage = { kind: 'ok' | 'error'; text: string; problems?: ImportProblem[]; problemCount?: number } | null;

function bestSheet(staged: StagedInfo): SheetInfo {
  const visible = staged.sheets.filter((s) => !s.hidden);
  const pool = visible.length ? visible : staged.sheets;
  return pool.reduce((best, s) => (s.matches > best.matches ? s : best), pool[0]);
}

export function settingsFor(sheet: SheetInfo, kind: ImportKind, mode: Settings['mode']): Settings {
  const s = sheet.suggestions[kind];
  return { sheet: sheet.name, kind, headerRow: s.headerRow, columns: s.columns, unit: s.unit, mode };
}

export interface TableImport {
  task: TaskState;
  staged: StagedInfo | null;
  settings: Settings | null;
  sheet: SheetInfo | null;
  preview: ImportPreview | null;
  message: ImportMessage;
  setMessage(m: ImportMessage): void;
  canApply: boolean;
  /** Stages a file (`stage` sends it to Node) and previews the proposed settings; `kind` fixes what the rows are. */
  start(stage: (taskId: string) => Promise<StageResult>, kind?: ImportKind): Promise<void>;
  change(next: Settings): void;
  check(): Promise<void>;
  /** Applies the import; resolves with its counts, or null when it did not happen. */
  apply(): Promise<ImportApplied['counts'] | null>;
  close(): void;
}

export function useTableImport(readOnly: boolean, cancelledText: string): TableImport {
  const [task, run] = useTask();
  const [staged, setStaged] = useState<StagedInfo | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [message, setMessage] = useState<ImportMessage>(null);
  const sheet = staged && settings ? (staged.sheets.find((s) => s.name === settings.sheet) ?? null) : null;

  async function check(file = staged, s = settings): Promise<void> {
    if (!file || !s) return;
    const r = await run((taskId) => client.call('exchange.preview', { fileId: file.fileId, ...s, taskId }));
    if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
    if (r.value.status === 'cancelled') return setMessage({ kind: 'ok', text: cancelledText });
    setMessage(null);
    setPreview(r.value);
  }

  async function start(stage: (taskId: string) => Promise<StageResult>, kind?: ImportKind): Promise<void> {
    setMessage(null);
    const r = await run(stage);
    if (!r.ok) return setMessage({ kind: 'error', text: r.message });
    if (!r.staged) return;
    if (staged) void client.call('exchange.discard', { fileId: staged.fileId });
    const best = bestSheet(r.staged);
    const next = settingsFor(best, kind ?? best.kind, 'upsert');
    setStaged(r.staged);
    setSettings(next);
    setPreview(null);
    await check(r.staged, next);
  }

  async function apply(): Promise<ImportApplied['counts'] | null> {
    if (!staged || !settings) return null;
    const r = await run((taskId) => client.call('exchange.apply', { fileId: staged.fileId, ...settings, taskId }));
    if (!r.ok) {
      const details = r.error.details as { problems?: ImportProblem[]; problemCount?: number } | undefined;
      setMessage({ kind: 'error', text: r.error.message, problems: details?.problems, problemCount: details?.problemCount });
      return null;
    }
    if (r.value.status === 'cancelled') {
      setMessage({ kind: 'ok', text: cancelledText });
      return null;
    }
    void client.call('exchange.discard', { fileId: staged.fileId });
    setStaged(null);
    setSettings(null);
    setPreview(null);
    return r.value.counts;
  }

  function change(next: Settings): void {
    setSettings(next);
    setPreview(null);
  }

  function close(): void {
    if (staged) void client.call('exchange.discard', { fileId: staged.fileId });
    setStaged(null);
    setSettings(null);
    setPreview(null);
    setMessage(null);
  }

  const canApply = !!preview && preview.problemCount === 0 && preview.counts.add + preview.counts.update > 0 && !readOnly;
  return { task, staged, settings, sheet, preview, message, setMessage, canApply, start, change, check, apply, close };
}
