// SQLite's own constraint errors, produced by a real migrated document, in the user's words.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { constraintMessage } from '../../../electron/document/constraints';
import { migrate } from '../../../electron/document/migrate';

function errorOf(db: Database.Database, sql: string): string {
  try {
    db.exec(sql);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`no error from ${sql}`);
}

describe('constraintMessage', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  db.exec(`INSERT INTO plan VALUES ('plan', 'Umeå', '2480', 'T', 2020, 2045, 2025, 0.035, 7000, 'tkr');
           INSERT INTO sectors VALUES ('transport', 0, 'Transporter', 0, 0);`);

  it('names the field of a CHECK in Swedish, without SQLite English', () => {
    const raw = errorOf(
      db,
      `INSERT INTO actions (id, position, code, name, sector_id, owner, cost_bearer, status, start_year, capex_sek)
       VALUES ('a', 0, '', 'A', 'transport', '', 'municipality', 'idea', 2025, -1)`,
    );
    expect(raw).toMatch(/CHECK constraint failed/);
    expect(constraintMessage(raw)).toBe('Investeringen har ett värde som planen inte tillåter.');
  });

  it('says a reference points at nothing, and a duplicate key by its field', () => {
    const fk = errorOf(
      db,
      `INSERT INTO actions (id, position, code, name, sector_id, owner, cost_bearer, status, start_year) VALUES ('b', 0, '', 'B', 'nowhere', '', 'municipality', 'idea', 2025)`,
    );
    expect(constraintMessage(fk)).toBe('Ändringen pekar på något som inte finns i planen.');
    const unique = errorOf(db, `INSERT INTO sectors VALUES ('transport', 1, 'Igen', 0, 0)`);
    expect(constraintMessage(unique)).toBe('Det finns redan en rad med samma id.');
  });

  it('leaves other errors alone', () => {
    expect(constraintMessage('disk I/O error')).toBeNull();
  });
});
