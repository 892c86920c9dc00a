-- Klimatinvesteringsplan document, schema version 1 (DESIGN §3, §4).
-- Money: whole kronor (INTEGER). Emissions: tonnes CO2e (REAL). Years: INTEGER.
-- Ids: stable strings (UUIDs made by the app, or imported ids of 1–64 characters from
-- [A-Za-z0-9_.:-]); never autoincrement. Lists keep their order in a `position` column.
-- The ranges in the CHECK constraints equal shared/domain/ranges.ts; a test holds them together.

CREATE TABLE meta (
  key TEXT PRIMARY KEY NOT NULL CHECK (key IN ('doc_id', 'format_version', 'min_reader_version', 'app_version', 'created_at')),
  value TEXT NOT NULL CHECK (length(value) <= 200)
) STRICT;

CREATE TABLE plan (
  id TEXT PRIMARY KEY NOT NULL CHECK (id = 'plan'),
  municipality TEXT NOT NULL CHECK (length(municipality) BETWEEN 1 AND 10000),
  municipality_code TEXT NOT NULL CHECK (length(municipality_code) = 4 AND municipality_code NOT GLOB '*[^0-9]*'),
  title TEXT NOT NULL CHECK (length(title) <= 10000),
  start_year INTEGER NOT NULL CHECK (start_year BETWEEN 1990 AND 2100),
  end_year INTEGER NOT NULL CHECK (end_year BETWEEN 1990 AND 2100),
  price_base_year INTEGER NOT NULL CHECK (price_base_year BETWEEN 1990 AND 2100),
  discount_rate REAL NOT NULL CHECK (discount_rate BETWEEN 0 AND 0.2),
  carbon_value_sek_per_ton REAL NOT NULL CHECK (carbon_value_sek_per_ton BETWEEN 0 AND 1000000),
  money_unit TEXT NOT NULL CHECK (money_unit IN ('kr', 'tkr', 'mnkr')),
  CHECK (start_year < end_year)
) STRICT;

CREATE TABLE sectors (
  id TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 64),
  position INTEGER NOT NULL,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 10000),
  is_sink INTEGER NOT NULL CHECK (is_sink IN (0, 1)),
  hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1))
) STRICT;

CREATE TABLE baselines (
  sector_id TEXT PRIMARY KEY NOT NULL REFERENCES sectors (id),
  position INTEGER NOT NULL,
  annual_change REAL NOT NULL DEFAULT 0 CHECK (annual_change BETWEEN -1 AND 1)
) STRICT;

CREATE TABLE baseline_points (
  sector_id TEXT NOT NULL REFERENCES baselines (sector_id),
  year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  position INTEGER NOT NULL,
  tons_co2e REAL NOT NULL CHECK (tons_co2e BETWEEN -1000000000 AND 1000000000),
  PRIMARY KEY (sector_id, year)
) STRICT;

CREATE TABLE targets (
  id TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 64),
  position INTEGER NOT NULL,
  name TEXT NOT NULL CHECK (length(name) <= 10000),
  year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  scope TEXT NOT NULL CHECK (scope IN ('gross', 'net')),
  kind TEXT NOT NULL CHECK (kind IN ('reduction', 'absolute', 'netZero')),
  reduction REAL CHECK (reduction BETWEEN 0 AND 1),
  reference_year INTEGER CHECK (reference_year BETWEEN 1990 AND 2100),
  reference_tons_co2e REAL CHECK (reference_tons_co2e BETWEEN 0 AND 10000000000),
  tons_co2e REAL CHECK (tons_co2e BETWEEN 0 AND 10000000000)
) STRICT;

CREATE TABLE carbon_budget (
  id TEXT PRIMARY KEY NOT NULL CHECK (id = 'budget'),
  from_year INTEGER NOT NULL CHECK (from_year BETWEEN 1990 AND 2100),
  tons_co2e REAL NOT NULL CHECK (tons_co2e BETWEEN 0 AND 10000000000),
  scope TEXT NOT NULL CHECK (scope IN ('gross', 'net'))
) STRICT;

CREATE TABLE actions (
  id TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 64),
  position INTEGER NOT NULL,
  code TEXT NOT NULL CHECK (length(code) <= 10000),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 10000),
  description TEXT CHECK (length(description) <= 10000),
  sector_id TEXT NOT NULL REFERENCES sectors (id),
  owner TEXT NOT NULL CHECK (length(owner) <= 10000),
  cost_bearer TEXT NOT NULL CHECK (cost_bearer IN ('municipality', 'municipalCompany', 'business', 'households', 'state')),
  status TEXT NOT NULL CHECK (status IN ('idea', 'proposed', 'decided', 'ongoing', 'done', 'cancelled')),
  start_year INTEGER NOT NULL CHECK (start_year BETWEEN 1990 AND 2100),
  implementation_years INTEGER NOT NULL DEFAULT 1 CHECK (implementation_years BETWEEN 1 AND 50),
  effect_start_year INTEGER CHECK (effect_start_year BETWEEN 1990 AND 2100),
  effect_end_year INTEGER CHECK (effect_end_year BETWEEN 1990 AND 2100),
  ramp_years INTEGER NOT NULL DEFAULT 0 CHECK (ramp_years BETWEEN 0 AND 50),
  effect_kind TEXT NOT NULL DEFAULT 'absolute' CHECK (effect_kind IN ('absolute', 'share')),
  effect_tons_per_year REAL CHECK (effect_tons_per_year BETWEEN 0 AND 1000000000),
  effect_share REAL CHECK (effect_share BETWEEN 0 AND 1),
  lifetime_years INTEGER CHECK (lifetime_years BETWEEN 1 AND 100),
  capex_sek INTEGER NOT NULL DEFAULT 0 CHECK (capex_sek BETWEEN 0 AND 10000000000000),
  opex_sek_per_year INTEGER NOT NULL DEFAULT 0 CHECK (opex_sek_per_year BETWEEN 0 AND 10000000000000),
  savings_sek_per_year INTEGER NOT NULL DEFAULT 0 CHECK (savings_sek_per_year BETWEEN 0 AND 10000000000000),
  co_benefit_sek_per_year INTEGER NOT NULL DEFAULT 0 CHECK (co_benefit_sek_per_year BETWEEN 0 AND 10000000000000),
  notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 10000),
  CHECK (effect_end_year IS NULL OR effect_start_year IS NULL OR effect_end_year >= effect_start_year)
) STRICT;
CREATE INDEX actions_sector ON actions (sector_id);

CREATE TABLE cost_overrides (
  action_id TEXT NOT NULL REFERENCES actions (id),
  year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  position INTEGER NOT NULL,
  capex_sek INTEGER CHECK (capex_sek BETWEEN 0 AND 10000000000000),
  opex_sek INTEGER CHECK (opex_sek BETWEEN 0 AND 10000000000000),
  savings_sek INTEGER CHECK (savings_sek BETWEEN 0 AND 10000000000000),
  PRIMARY KEY (action_id, year)
) STRICT;

CREATE TABLE co_benefit_scores (
  action_id TEXT NOT NULL REFERENCES actions (id),
  category TEXT NOT NULL CHECK (category IN ('health', 'airQuality', 'noise', 'equity', 'jobs', 'biodiversity', 'resilience', 'energySecurity', 'accessibility')),
  score INTEGER NOT NULL CHECK (score BETWEEN -2 AND 2),
  PRIMARY KEY (action_id, category)
) STRICT;

CREATE TABLE action_commitments (
  action_id TEXT NOT NULL REFERENCES actions (id),
  commitment_id TEXT NOT NULL CHECK (commitment_id IN ('governance', 'climateAccounting', 'digitalisation', 'finance', 'justTransition', 'procurement', 'carbonSinks', 'resilience', 'citizenEngagement', 'communication')),
  position INTEGER NOT NULL,
  PRIMARY KEY (action_id, commitment_id)
) STRICT;

CREATE TABLE action_tags (
  action_id TEXT NOT NULL REFERENCES actions (id),
  tag TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 10000),
  position INTEGER NOT NULL,
  PRIMARY KEY (action_id, tag)
) STRICT;

CREATE TABLE financing_sources (
  id TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 64),
  position INTEGER NOT NULL,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 10000),
  kind TEXT NOT NULL CHECK (kind IN ('municipalBudget', 'stateGrant', 'euFund', 'loan', 'private', 'citizen'))
) STRICT;

CREATE TABLE financing_entries (
  id TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 64),
  position INTEGER NOT NULL,
  source_id TEXT NOT NULL REFERENCES financing_sources (id),
  action_id TEXT REFERENCES actions (id) CHECK (action_id IS NULL OR length(action_id) BETWEEN 1 AND 64),
  year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  amount_sek INTEGER NOT NULL CHECK (amount_sek BETWEEN 0 AND 10000000000000),
  status TEXT NOT NULL CHECK (status IN ('secured', 'applied', 'potential'))
) STRICT;
CREATE INDEX financing_entries_action ON financing_entries (action_id);
CREATE INDEX financing_entries_source ON financing_entries (source_id);

CREATE TABLE commitments (
  id TEXT PRIMARY KEY NOT NULL CHECK (id IN ('governance', 'climateAccounting', 'digitalisation', 'finance', 'justTransition', 'procurement', 'carbonSinks', 'resilience', 'citizenEngagement', 'communication')),
  position INTEGER NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('initiate', 'establish', 'transform'))
) STRICT;

CREATE TABLE scenarios (
  id TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 64),
  position INTEGER NOT NULL,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 10000),
  delay_years INTEGER NOT NULL DEFAULT 0 CHECK (delay_years BETWEEN 0 AND 20),
  effect_factor REAL NOT NULL DEFAULT 1 CHECK (effect_factor BETWEEN 0 AND 10),
  cost_factor REAL NOT NULL DEFAULT 1 CHECK (cost_factor BETWEEN 0 AND 10)
) STRICT;

CREATE TABLE scenario_statuses (
  scenario_id TEXT NOT NULL REFERENCES scenarios (id),
  status TEXT NOT NULL CHECK (status IN ('idea', 'proposed', 'decided', 'ongoing', 'done', 'cancelled')),
  position INTEGER NOT NULL,
  PRIMARY KEY (scenario_id, status)
) STRICT;

-- Explicit include/exclude lists of a scenario.
CREATE TABLE scenario_actions (
  scenario_id TEXT NOT NULL REFERENCES scenarios (id),
  action_id TEXT NOT NULL REFERENCES actions (id),
  mode TEXT NOT NULL CHECK (mode IN ('include', 'exclude')),
  position INTEGER NOT NULL,
  PRIMARY KEY (scenario_id, mode, action_id)
) STRICT;
CREATE INDEX scenario_actions_action ON scenario_actions (action_id);

-- Every change to the plan (DESIGN §3): field-level, so that history, undo and merge build on it.
-- hlc: hybrid logical clock, sortable text. row_id: the row's key (JSON array for composite keys).
-- col: the column changed, '' for a whole-row insert or delete (values then hold the row as JSON).
-- batch_id: one transaction (one edit, paste, import…), the unit of undo.
-- save_id: the save that first wrote the change to the file (NULL until saved).
CREATE TABLE change_log (
  id TEXT PRIMARY KEY NOT NULL,
  hlc TEXT NOT NULL,
  replica TEXT NOT NULL,
  user TEXT NOT NULL,
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  col TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
  old_value TEXT,
  new_value TEXT,
  batch_id TEXT NOT NULL,
  save_id TEXT
) STRICT;
CREATE INDEX change_log_hlc ON change_log (hlc);
CREATE INDEX change_log_row ON change_log (tbl, row_id);
CREATE INDEX change_log_batch ON change_log (batch_id);
-- "Are there unsaved changes?" is asked after every edit.
CREATE INDEX change_log_unsaved ON change_log (save_id) WHERE save_id IS NULL;

-- Every Spara that wrote this file.
CREATE TABLE saves (
  id TEXT PRIMARY KEY NOT NULL,
  hlc TEXT NOT NULL,
  replica TEXT NOT NULL,
  user TEXT NOT NULL,
  app_version TEXT NOT NULL
) STRICT;
