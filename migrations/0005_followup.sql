-- Schema version 5: follow-up (DESIGN §8). Outcomes per action and year, observed emissions per
-- sector, the commitments' follow-up, and adopted versions of the plan.

-- Actuals (utfall): at most one row per action and year; a figure left out is NULL (not
-- reported), never 0, and a row reports at least one figure.
CREATE TABLE actuals (
  action_id TEXT NOT NULL REFERENCES actions (id),
  year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  position INTEGER NOT NULL,
  capex_sek INTEGER CHECK (capex_sek BETWEEN 0 AND 10000000000000),
  opex_sek INTEGER CHECK (opex_sek BETWEEN 0 AND 10000000000000),
  savings_sek INTEGER CHECK (savings_sek BETWEEN 0 AND 10000000000000),
  effect_tons_co2e REAL CHECK (effect_tons_co2e BETWEEN 0 AND 1000000000),
  note TEXT CHECK (length(note) <= 10000),
  CHECK (capex_sek IS NOT NULL OR opex_sek IS NOT NULL OR savings_sek IS NOT NULL OR effect_tons_co2e IS NOT NULL),
  PRIMARY KEY (action_id, year)
) STRICT;
CREATE INDEX actuals_position ON actuals (position);

-- Observed emissions: per sector at most one entry, its points like a baseline's.
CREATE TABLE observed_emissions (
  sector_id TEXT PRIMARY KEY NOT NULL REFERENCES sectors (id),
  position INTEGER NOT NULL
) STRICT;
CREATE INDEX observed_emissions_position ON observed_emissions (position);

CREATE TABLE observed_points (
  sector_id TEXT NOT NULL REFERENCES observed_emissions (sector_id),
  year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  position INTEGER NOT NULL,
  tons_co2e REAL NOT NULL CHECK (tons_co2e BETWEEN -1000000000 AND 1000000000),
  PRIMARY KEY (sector_id, year)
) STRICT;

-- The follow-up of a joint commitment at its chosen level: status, who answers for it, evidence.
ALTER TABLE commitments ADD COLUMN progress TEXT CHECK (progress IN ('notStarted', 'ongoing', 'done'));
ALTER TABLE commitments ADD COLUMN responsible TEXT CHECK (length(responsible) <= 10000);
ALTER TABLE commitments ADD COLUMN progress_note TEXT CHECK (length(progress_note) <= 10000);

-- Adopted versions. A version never changes (its name and decision reference may be corrected).
-- schema_version: the format its rows were frozen in (they are migrated as the file is read).
CREATE TABLE versions (
  id TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 64),
  position INTEGER NOT NULL,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 10000),
  adopted_on TEXT NOT NULL CHECK (adopted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  decision_ref TEXT CHECK (length(decision_ref) <= 10000),
  scenario_id TEXT NOT NULL CHECK (length(scenario_id) BETWEEN 1 AND 64),
  schema_version INTEGER NOT NULL CHECK (schema_version >= 5)
) STRICT;
CREATE INDEX versions_position ON versions (position);

-- A version's plan: the rows of the plan's own tables as they were, keyed by the version. The
-- open gate reads them back into those tables (in memory), so the same CHECKs, caps and rules
-- apply to a version as to the plan itself.
CREATE TABLE version_rows (
  version_id TEXT NOT NULL REFERENCES versions (id),
  tbl TEXT NOT NULL CHECK (length(tbl) BETWEEN 1 AND 64),
  row_id TEXT NOT NULL CHECK (length(row_id) BETWEEN 1 AND 10000),
  data TEXT NOT NULL,
  PRIMARY KEY (version_id, tbl, row_id)
) STRICT;

UPDATE meta SET value = '3' WHERE key IN ('format_version', 'min_reader_version');
