-- Schema version 2: lists are read in `position` order and new rows go after the last one, so
-- the positions are indexed (a bulk add of 10 000 actions was quadratic without them).
CREATE INDEX sectors_position ON sectors (position);
CREATE INDEX baselines_position ON baselines (position);
CREATE INDEX targets_position ON targets (position);
CREATE INDEX actions_position ON actions (position);
CREATE INDEX financing_sources_position ON financing_sources (position);
CREATE INDEX financing_entries_position ON financing_entries (position);
CREATE INDEX commitments_position ON commitments (position);
CREATE INDEX scenarios_position ON scenarios (position);

UPDATE meta SET value = '2' WHERE key IN ('format_version', 'min_reader_version');
