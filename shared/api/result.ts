// What crosses a process boundary: a value or a structured Swedish error, never a thrown error.

export type ApiErrorCode =
  /** The input was refused; `path` names the field. */
  | 'invalid'
  /** The row the input names does not exist. */
  | 'notFound'
  /** The change would break a rule of the plan (e.g. deleting a sector that actions use). */
  | 'conflict'
  /** The document is open read-only (a colleague holds the lock). */
  | 'readOnly'
  /** No document is open. */
  | 'noDocument'
  /** Spara needs a file name first (a new plan that was never saved). */
  | 'needsName'
  /** A file was refused by the open gate. */
  | 'refusedFile'
  /** A colleague holds the lock of the file. */
  | 'locked'
  /** The file system refused (disk full, no permission, name taken). */
  | 'io'
  /** The browser host refused the request (token, Host or Origin); said by the client, not by Node. */
  | 'forbidden'
  /** A call name that does not exist. */
  | 'unknownCall'
  | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  /** One clear Swedish sentence. */
  message: string;
  /** The offending input field (`changes.capexSek`, `rows[3].changes.status`), or ''. */
  path: string;
  /** Extra facts for the UI (e.g. who holds a lock). */
  details?: unknown;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });
export const fail = (code: ApiErrorCode, message: string, path = '', details?: unknown): ApiResult<never> => ({
  ok: false,
  error: details === undefined ? { code, message, path } : { code, message, path, details },
});

/** Thrown inside Node services and turned into an error envelope by the dispatcher. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly path = '',
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}
