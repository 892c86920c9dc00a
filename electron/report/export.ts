// Writing the report: a temp file beside the target, renamed over it only when complete, so a
// failed or cancelled report never leaves half a PDF; and the name the save dialog suggests.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { Plan } from '../../shared/domain/types';
import { ApiFailure } from '../../shared/api/result';
import { localDay } from '../../shared/report/options';
import { writeFailure } from '../document/io-errors';

/** "Klimatrapport Umeå 2025-05-01.pdf". */
export function suggestedPdfName(plan: Pick<Plan, 'plan'>, date: Date): string {
  return `${`Klimatrapport ${plan.plan.municipality} ${localDay(date)}`.replace(/[\\/:*?"<>|]+/g, '-')}.pdf`;
}

/** "Uppföljning Umeå 2025 (2026-03-01).pdf". */
export function suggestedFollowUpPdfName(plan: Plan, year: number, date: Date): string {
  return `${`Uppföljning ${plan.plan.municipality} ${year} (${localDay(date)})`.replace(/[\\/:*?"<>|]+/g, '-')}.pdf`;
}

export function refuseExistingPdf(target: string): void {
  if (existsSync(target)) throw new ApiFailure('conflict', `Det finns redan en fil som heter ${basename(target)}. Vill du ersätta den?`, 'name');
}

export function writePdfFile(bytes: Buffer, target: string): void {
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw writeFailure(target, e);
  }
}
