// Choosing files happens at the transport's edge, never inside a service: the dispatcher asks
// the transport's picker the call's question (a name in the host's folder, or a system dialog
// in Electron's main process) and hands the service the path it got.
import type { FileEntry } from '../../shared/api/status';

/** What an export writes; the dialog filters by it. */
export type ExportFileKind = 'xlsx' | 'csv' | 'pdf';
/** What an imported file is for: a table of actions or financing (xlsx, CSV), the emissions statistics (xlsx), or a whole plan (JSON or the app's workbook). */
export type ImportFilePurpose = 'table' | 'statistics' | 'plan';

/** The file a call needs; `name` is what the page sent (a name in the folder), if anything. */
export type FileQuestion =
  | { kind: 'open'; name?: string }
  | { kind: 'saveAs'; name?: string; suggested: string }
  | { kind: 'merge'; name?: string }
  | { kind: 'import'; name?: string; purpose: ImportFilePurpose }
  | { kind: 'export'; name?: string; suggested: string; format: ExportFileKind };

export interface FileChoice {
  path: string;
  /** The user has already agreed to replace an existing file (a system save dialog asks). */
  replaceAgreed: boolean;
}

/** How a transport lets the user choose files. */
export interface FilePicker {
  picker: 'names' | 'dialog';
  /** The path for the question, or null when the user cancelled (or gave no name). */
  choose(question: FileQuestion): Promise<FileChoice | null>;
  /** The plans in the folder, by name (empty where a dialog chooses). */
  list(): FileEntry[];
}
