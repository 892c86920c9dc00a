// `klimat merge <mine.klimat> <theirs.klimat> <out.klimat> [--prefer mine|theirs]`: the same
// merge as "Sammanfoga med…" in the app. Prints what comes in and every conflict; exits 1 while
// conflicts remain and no --prefer says how to settle them. The two input files are only read.
import { basename, dirname, resolve } from 'node:path';
import type { MergeChange, MergeConflict, MergePreview } from '../../shared/api/calls/merge';
import { ApiFailure } from '../../shared/api/result';
import { describeChange, type Wording } from '../../shared/merge/wording';
import { replacingFile } from '../document/lock';
import { realPath } from '../document/real-path';
import { DocumentManager } from '../document/manager';
import { folderPicker } from '../document/folder-picker';
import { applyMerge, previewMerge } from '../merge/review';
import { CliError, refuseExisting } from './io';

interface MergeArgs {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

const SHOWN_PER_SIDE = 3;

/** ` (Anna, 2025-03-14 09:05)` in local time. */
function when(c: MergeChange): string {
  if (!c.by) return '';
  const d = new Date(c.by.time);
  const p = (n: number) => String(n).padStart(2, '0');
  return ` (${c.by.user}, ${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())})`;
}

function sideText(changes: MergeChange[], w: Wording): string {
  if (!changes.length) return 'oförändrad';
  const shown = changes.slice(0, SHOWN_PER_SIDE).map((c) => `${describeChange(c, w)}${when(c)}`);
  const more = changes.length > SHOWN_PER_SIDE ? `; och ${changes.length - SHOWN_PER_SIDE} till` : '';
  return shown.join('; ') + more;
}

function conflictLines(c: MergeConflict, i: number, w: Wording, settled?: 'mine' | 'theirs'): string[] {
  const why = c.kind === 'rule' && c.message ? ` – ${c.message}` : '';
  const outcome = settled ? ` → ${settled === 'mine' ? 'min version' : 'deras version'}` : '';
  return [
    `  ${i + 1}. ${c.kind === 'deleted' ? 'Borttagen i ena kopian, ändrad i den andra' : c.kind === 'rule' ? 'Bryter mot en regel tillsammans' : 'Ändrad i båda kopiorna'}${why}${outcome}`,
    `       min:   ${sideText(c.mine, w)}`,
    `       deras: ${sideText(c.theirs, w)}`,
  ];
}

function summary(p: MergePreview, mine: string, settled?: 'mine' | 'theirs'): string[] {
  const w: Wording = { locale: 'sv', moneyUnit: p.moneyUnit, names: p.names };
  const taken = p.incoming.filter((c) => c.conflict === null).length;
  const lines = [
    `Sammanfogar ${p.other.fileName} (${p.other.title || p.other.municipality}) in i ${mine}.`,
    `Ändringar från den andra kopian: ${p.incoming.length} – ${taken} tas in, ${p.incoming.length - taken} ingår i konflikter.`,
    `Konflikter: ${p.conflicts.length}${p.conflicts.length ? (settled ? `, avgjorda med ${settled === 'mine' ? 'min version' : 'deras version'}` : ', inte avgjorda') : ''}.`,
  ];
  p.conflicts.forEach((c, i) => lines.push(...conflictLines(c, i, w, settled)));
  return lines;
}

export async function mergeCommand(a: MergeArgs, usage: string): Promise<void> {
  if (a.positionals.length < 3) throw new CliError(`Fel antal argument. Användning: klimat ${usage}`);
  const [mine, theirs, out] = a.positionals;
  const prefer = a.values.prefer;
  if (prefer !== undefined && prefer !== 'mine' && prefer !== 'theirs')
    throw new CliError('--prefer ska vara mine (din version) eller theirs (deras version).');
  refuseExisting(out, !!a.values.force);
  const manager = new DocumentManager(folderPicker(dirname(resolve(mine))));
  try {
    await manager.openFile(resolve(mine));
    const s = manager.require();
    const preview = await previewMerge(s, resolve(theirs));
    const lines = summary(preview, basename(mine), preview.conflicts.length ? prefer : undefined);
    if (preview.conflicts.length && !prefer) {
      process.stdout.write(`${lines.join('\n')}\n`);
      throw new CliError(
        `${preview.conflicts.length} konflikt${preview.conflicts.length === 1 ? '' : 'er'} återstår; ingenting skrevs. Ange --prefer mine eller --prefer theirs.`,
      );
    }
    const choices = Object.fromEntries(preview.conflicts.map((c) => [c.id, prefer as 'mine' | 'theirs']));
    applyMerge(s, preview.mergeId, choices);
    // Into the file we have open ourselves, or into another one that nobody has open.
    const target = realPath(out);
    if (target === s.filePath) s.saveTo(target);
    else replacingFile(target, () => s.saveTo(target));
    process.stdout.write(`${[...lines, `Skrev den sammanfogade planen till ${out}.`].join('\n')}\n`);
  } catch (e) {
    if (e instanceof ApiFailure) throw new CliError(e.message);
    throw e;
  } finally {
    manager.close(true);
  }
}
