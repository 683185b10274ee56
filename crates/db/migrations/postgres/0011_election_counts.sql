-- The count of an election is made once, off the request path, and kept: the result round
-- by round (JSON), who is counting it now (so only one instance does), and why a count
-- could not finish within the server's limits.
ALTER TABLE elections ADD COLUMN outcome TEXT;
ALTER TABLE elections ADD COLUMN count_started_at BIGINT;
ALTER TABLE elections ADD COLUMN count_problem TEXT;
