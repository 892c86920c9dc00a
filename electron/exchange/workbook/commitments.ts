// Åtaganden: the ten joint commitments of Klimatkontrakt 2030 in the document's order, the
// level the municipality chose, and the actions that serve each.
import { COMMITMENT_IDS } from '../../../shared/domain/ids';
import { COMMITMENT_LABELS, LEVEL_LABELS } from '../../../shared/i18n/labels';
import type { OutCell, SheetModel } from '../sheet-model';
import type { ExportContext } from './context';
import { SHEETS } from './names';

/** A cell holds at most 32 767 characters: a long list ends with how many were left out. */
function listText(items: string[], max = 30_000): string {
  let out = '';
  for (const [i, item] of items.entries()) {
    const next = out ? `${out}; ${item}` : item;
    if (next.length > max) return `${out} … och ${items.length - i} till`;
    out = next;
  }
  return out;
}

export function commitmentsSheet(x: ExportContext): SheetModel {
  const { plan } = x;
  const levels = new Map(plan.commitments.map((c) => [c.id, c.level]));
  const rows: OutCell[][] = [['Nr', 'Åtagande', 'Vald nivå', 'Antal åtgärder', 'Åtgärder']];
  COMMITMENT_IDS.forEach((id, i) => {
    const actions = plan.actions.filter((a) => a.commitments.includes(id));
    const level = levels.get(id);
    rows.push([
      i + 1,
      COMMITMENT_LABELS[id].sv,
      level ? LEVEL_LABELS[level].sv : 'Ingen nivå vald',
      actions.length,
      listText(actions.map((a) => (a.code ? `${a.code} ${a.name}` : a.name))),
    ]);
  });
  return { name: SHEETS.commitments, columns: [{ width: 5 }, { width: 40 }, { width: 16 }, { width: 15 }, { width: 100 }], rows, header: 1 };
}
