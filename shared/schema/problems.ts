// A refused value, named by where it is: `actions[3].capexSek` and one Swedish sentence.
import type { z } from 'zod';
import { msg } from './messages';

export interface Problem {
  /** JSON path of the offending field, e.g. `actions[3].capexSek`; '' for the whole input. */
  path: string;
  message: string;
}

export type PathPart = string | number;

export function formatPath(parts: readonly PropertyKey[]): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

export function joinPath(base: string, rest: string): string {
  if (!base) return rest;
  if (!rest) return base;
  return rest.startsWith('[') ? base + rest : `${base}.${rest}`;
}

const MAX_UNKNOWN_KEYS = 10;
const MAX_KEY_SHOWN = 60;

/** A field name as it is echoed back: at most MAX_KEY_SHOWN characters. */
export function shortKey(key: string): string {
  return key.length > MAX_KEY_SHOWN ? `${key.slice(0, MAX_KEY_SHOWN)}…` : key;
}

/** Turns zod's issues into our problems; our schemas already carry Swedish messages. */
export function problemsFromZod(error: z.ZodError, basePath = ''): Problem[] {
  const out: Problem[] = [];
  for (const issue of error.issues) {
    const path = joinPath(basePath, formatPath(issue.path));
    if (issue.code === 'unrecognized_keys') {
      // A hostile input may carry a million keys, or one of megabytes: name a few, each shortened.
      for (const key of issue.keys.slice(0, MAX_UNKNOWN_KEYS)) out.push({ path: joinPath(path, shortKey(key)), message: msg.unknownField(shortKey(key)) });
      if (issue.keys.length > MAX_UNKNOWN_KEYS) out.push({ path, message: msg.moreUnknownFields(issue.keys.length - MAX_UNKNOWN_KEYS) });
    } else if (issue.code === 'invalid_union') {
      // Our only unions are "id or null"; the first branch's message is the helpful one.
      const first = issue.errors[0]?.[0];
      out.push({ path, message: first?.message ?? issue.message });
    } else {
      out.push({ path, message: issue.message });
    }
  }
  return out;
}

/** "actions[3].capexSek: Kapitalkostnaden måste vara …" – for the CLI and logs. */
export function describeProblem(p: Problem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}
