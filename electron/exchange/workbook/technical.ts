// The hidden sheet Teknisk data (see shared/exchange/technical.ts).
import { technicalRows } from '../../../shared/exchange/technical';
import type { Plan } from '../../../shared/domain/types';
import type { SheetModel } from '../sheet-model';
import { SHEETS } from './names';

export function technicalSheet(plan: Plan): SheetModel {
  const rows = technicalRows(plan);
  const width = Math.max(...rows.map((r) => r.length));
  return { name: SHEETS.technical, hidden: true, columns: Array.from({ length: width }, (_, i) => ({ width: i === 0 ? 18 : 60 })), rows };
}
