-- Reviewing filed reports and recording why a report was deferred.

-- Set when a site admin asked for changes to a filed report; cleared when it is filed again.
ALTER TABLE reports ADD COLUMN review_note TEXT;
ALTER TABLE reports ADD COLUMN reviewed_by BIGINT REFERENCES users(id);
-- What happened, in the words of whoever asked for the deferment.
ALTER TABLE reports ADD COLUMN deferment_note TEXT;
