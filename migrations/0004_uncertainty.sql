-- Schema version 4: uncertainty (DESIGN §9). Each action may carry its own ranges (NULL: the
-- plan's default for its status), and the plan may set defaults per status, one row each.
ALTER TABLE actions ADD COLUMN uncertainty_effect_low REAL CHECK (uncertainty_effect_low BETWEEN 0 AND 1);
ALTER TABLE actions ADD COLUMN uncertainty_effect_high REAL CHECK (uncertainty_effect_high BETWEEN 1 AND 10);
ALTER TABLE actions ADD COLUMN uncertainty_cost_low REAL CHECK (uncertainty_cost_low BETWEEN 0 AND 1);
ALTER TABLE actions ADD COLUMN uncertainty_cost_high REAL CHECK (uncertainty_cost_high BETWEEN 1 AND 10);
ALTER TABLE actions ADD COLUMN uncertainty_delay_max_years INTEGER CHECK (uncertainty_delay_max_years BETWEEN 0 AND 20);
ALTER TABLE actions ADD COLUMN uncertainty_probability REAL CHECK (uncertainty_probability BETWEEN 0 AND 1);

CREATE TABLE uncertainty_defaults (
  status TEXT PRIMARY KEY NOT NULL CHECK (status IN ('idea', 'proposed', 'decided', 'ongoing', 'done')),
  effect_low REAL CHECK (effect_low BETWEEN 0 AND 1),
  effect_high REAL CHECK (effect_high BETWEEN 1 AND 10),
  cost_low REAL CHECK (cost_low BETWEEN 0 AND 1),
  cost_high REAL CHECK (cost_high BETWEEN 1 AND 10),
  delay_max_years INTEGER CHECK (delay_max_years BETWEEN 0 AND 20),
  probability REAL CHECK (probability BETWEEN 0 AND 1)
) STRICT;

UPDATE meta SET value = '4' WHERE key IN ('format_version', 'min_reader_version');
