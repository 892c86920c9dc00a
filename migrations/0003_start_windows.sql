-- Schema version 3 (DESIGN §10, the optimiser): the window in which an action's start may be
-- moved, and a scenario's moved start years. The window's years are checked against the start
-- year by the plan's rules (shared/schema/rules.ts), not here, so that a merge may bring a start
-- year and a window from two copies and let the review settle them.
ALTER TABLE actions ADD COLUMN earliest_start_year INTEGER CHECK (earliest_start_year BETWEEN 1990 AND 2100);
ALTER TABLE actions ADD COLUMN latest_start_year INTEGER CHECK (latest_start_year BETWEEN 1990 AND 2100);

-- An action of a scenario calculated as if it started in `year` (one entry per action).
CREATE TABLE scenario_start_years (
  scenario_id TEXT NOT NULL REFERENCES scenarios (id),
  action_id TEXT NOT NULL REFERENCES actions (id),
  year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  position INTEGER NOT NULL,
  PRIMARY KEY (scenario_id, action_id)
) STRICT;
CREATE INDEX scenario_start_years_action ON scenario_start_years (action_id);

UPDATE meta SET value = '3' WHERE key IN ('format_version', 'min_reader_version');
