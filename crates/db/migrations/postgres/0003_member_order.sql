-- Member lists read a page from an index at any depth, by date and by name.

-- By sign-up date, undated (imported) members last.
DROP INDEX memberships_by_date;
CREATE INDEX memberships_by_date ON memberships (affiliate_id, status, (signed_up_at IS NULL), signed_up_at, id);

-- Derived: the active members of each affiliate in every reader's collation. Kept in step
-- by the storage code, and filled after migrations and restores.
CREATE TABLE member_order (
    affiliate_id BIGINT NOT NULL REFERENCES affiliates(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    sort_key BYTEA NOT NULL,
    membership_id BIGINT NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
    PRIMARY KEY (affiliate_id, lang, sort_key, membership_id)
);
CREATE INDEX member_order_membership ON member_order (membership_id, lang);
