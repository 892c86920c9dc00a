// What the renderer is told about the open document (status bar, title, dialogs).

export interface LockInfo {
  user: string;
  host: string;
  pid: number;
  /** ISO time the lock was taken. */
  time: string;
}

export interface DocumentStatus {
  open: boolean;
  /** The file name only (`umea.klimat`), or null for a plan that was never saved. */
  fileName: string | null;
  title: string;
  municipality: string;
  /** Edits in the working copy that Spara has not yet written to the file. */
  dirty: boolean;
  readOnly: boolean;
  /** Who else has the file open, when it was opened read-only for that reason. */
  lockedBy: LockInfo | null;
  /** ISO time of the last Spara, or null. */
  savedAt: string | null;
  canUndo: boolean;
  canRedo: boolean;
  /** Whether the host can show the user a folder of plans by name (browser host) or a dialog (Electron). */
  picker: 'names' | 'dialog';
}

export interface RecoverableCopy {
  id: string;
  fileName: string | null;
  title: string;
  municipality: string;
  /** ISO time of the last edit in the working copy. */
  modified: string;
  unsavedChanges: number;
}

export interface FileEntry {
  name: string;
  size: number;
  modified: string;
}

export interface ChangeEntry {
  id: string;
  hlc: string;
  /** ISO time decoded from the hybrid logical clock. */
  time: string;
  replica: string;
  user: string;
  table: string;
  rowId: string;
  column: string;
  op: 'insert' | 'update' | 'delete';
  oldValue: unknown;
  newValue: unknown;
  batchId: string;
  saveId: string | null;
}
