// The read worker: one picked file (xlsx or CSV) read in its own process with a memory limit
// (worker-process.ts), its rows written to stdout as JSON lines for read-file.ts:
//   {"s": sheet name, "h": hidden}   a sheet begins
//   {"r": row index, "c": [cells]}   a row of it that has a filled cell
//   {"done": true, "peakMb": n}      the end
//   {"refused": message, "peakMb": n} the file is refused (one Swedish sentence)
//   {"failed": detail}               an unexpected error (logged by the parent, not shown)
// argv: the path of a private copy of the file, its name, and its kind ('xlsx' | 'csv').
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import type { Cell } from '../../shared/exchange/cells';
import { FileRefused } from './file-kind';
import { readCsv } from './read-csv';
import { readXlsxRows } from './read-xlsx';
import { ZipRefused } from './zip-guard';

let pending = '';

async function flush(): Promise<void> {
  const chunk = pending;
  pending = '';
  if (chunk && !process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

/** Queues one line; waits for the pipe when enough is queued, so the worker never runs ahead of its reader. */
function emit(line: object): Promise<void> | void {
  pending += `${JSON.stringify(line)}\n`;
  if (pending.length > 64 * 1024) return flush();
}

const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function read(path: string, fileName: string, kind: string): Promise<void> {
  const bytes = readFileSync(path);
  if (kind === 'csv') {
    const table = readCsv(bytes, fileName);
    await emit({ s: table.name, h: false });
    for (let i = 0; i < table.rows.length; i++) {
      const cells: (Cell | null)[] = table.rows[i];
      if (cells.some((c) => c !== null)) await emit({ r: i, c: cells });
    }
    return;
  }
  await readXlsxRows(bytes, {
    sheet: (name, hidden) => emit({ s: name, h: hidden }),
    row: (index, cells) => emit({ r: index, c: cells }),
  });
}

async function main(): Promise<void> {
  const [path, fileName, kind] = process.argv.slice(2);
  try {
    await read(path, fileName, kind);
    await emit({ done: true, peakMb: peakMb() });
  } catch (e) {
    if (e instanceof FileRefused || e instanceof ZipRefused) await emit({ refused: e.message, peakMb: peakMb() });
    else await emit({ failed: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
  await flush();
  process.exit(0);
}

void main();
