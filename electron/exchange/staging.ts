// Files picked for import, held in Node between the calls of one import (look, preview,
// apply): the page gets a handle, never a path, and never has to send the file twice. A few are
// kept; the oldest goes first.
import { randomUUID } from 'node:crypto';
import { ApiFailure } from '../../shared/api/result';
import type { ImportedFile } from './read-file';

export interface StagedFile extends ImportedFile {
  id: string;
}

const MAX_STAGED = 3;
const staged = new Map<string, StagedFile>();

export function stage(file: ImportedFile): StagedFile {
  const s = { ...file, id: randomUUID() };
  staged.set(s.id, s);
  while (staged.size > MAX_STAGED) staged.delete(staged.keys().next().value!);
  return s;
}

export function stagedFile(id: string): StagedFile {
  const s = staged.get(id);
  if (!s) throw new ApiFailure('notFound', 'Filen är inte inläst längre; välj den igen.', 'fileId');
  return s;
}

export function discardStaged(id: string): void {
  staged.delete(id);
}
