// SQLite's refusals in the user's words. The CHECK constraints of the document guard what the
// validation should already have refused; when one still fires, the user reads which field and
// why, in Swedish, and the raw SQLite sentence goes to errors.log only.
import { ENTITIES, fieldOfColumn } from '../../shared/fields';
import { sqlColumnsOf } from '../../shared/fields/entity';

/** Every column of the document that holds a field, with its field (a group's parts included). */
const ALL_COLUMNS = ENTITIES.flatMap((e) => sqlColumnsOf(e.fields));

/** The column a CHECK expression is about: its first identifier that is a field's column. */
function columnIn(expression: string, table?: string): string | undefined {
  for (const [word] of expression.matchAll(/[a-z_]+/g)) {
    if (table ? fieldOfColumn(table, word) : ALL_COLUMNS.some((c) => c.column === word)) return word;
  }
  return undefined;
}

function subjectOf(column: string | undefined, table?: string): string | undefined {
  if (!column) return undefined;
  const spec = table ? fieldOfColumn(table, column) : ALL_COLUMNS.find((c) => c.column === column)?.spec;
  return spec?.subject.sv;
}

/** One Swedish sentence for a SQLite constraint error, or null when `message` is not one. */
export function constraintMessage(message: string): string | null {
  let m = /CHECK constraint failed: (.*)/.exec(message);
  if (m) {
    const subject = subjectOf(columnIn(m[1]));
    return subject ? `${subject} har ett värde som planen inte tillåter.` : 'Ändringen ger ett värde som planen inte tillåter.';
  }
  if (/FOREIGN KEY constraint failed/.test(message)) return 'Ändringen pekar på något som inte finns i planen.';
  m = /UNIQUE constraint failed: (\w+)\.(\w+)/.exec(message);
  if (m) return `Det finns redan en rad med samma ${(fieldOfColumn(m[1], m[2])?.label.sv ?? 'nyckel').toLowerCase()}.`;
  m = /cannot store (\w+) value in (\w+) column (\w+)\.(\w+)/.exec(message);
  if (m) return `${subjectOf(m[4], m[3]) ?? 'Ett värde'} har fel slags värde (${m[1] === 'TEXT' ? 'text' : 'tal'} där något annat väntas).`;
  if (/NOT NULL constraint failed: (\w+)\.(\w+)/.test(message)) {
    const [, table, column] = /NOT NULL constraint failed: (\w+)\.(\w+)/.exec(message)!;
    return `${subjectOf(column, table) ?? 'Ett värde'} saknas.`;
  }
  return null;
}
