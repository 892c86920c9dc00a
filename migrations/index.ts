// The numbered migrations, listed statically (no directory scan at run time, so that it works
// inside an asar archive). The SQL files are imported as text by the bundler (esbuild's text
// loader, vitest's sql-as-text plugin). A migration is never edited after release.
import m0001 from './0001_init.sql';
import m0002 from './0002_position_indexes.sql';
import m0003 from './0003_start_windows.sql';
import m0004 from './0004_uncertainty.sql';
import m0005 from './0005_followup.sql';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '0001_init', sql: m0001 },
  { version: 2, name: '0002_position_indexes', sql: m0002 },
  { version: 3, name: '0003_start_windows', sql: m0003 },
  { version: 4, name: '0004_uncertainty', sql: m0004 },
  { version: 5, name: '0005_followup', sql: m0005 },
];

/** The schema version this app writes: the number of the last migration (versions may skip a number). */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
