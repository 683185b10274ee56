-- Boards and their terms; elections with nominations, a voter roll and secret ballots.

-- How an affiliate's board is made up over the years, from its bylaws: from year N of the
-- group (1 = its first year), how many seats, how long a term, chosen how.
CREATE TABLE board_phases (
    affiliate_id BIGINT NOT NULL REFERENCES affiliates(id) ON DELETE CASCADE,
    from_year BIGINT NOT NULL,
    seats BIGINT NOT NULL,
    term_months BIGINT NOT NULL,
    -- founders | election
    chosen_by TEXT NOT NULL,
    PRIMARY KEY (affiliate_id, from_year)
);

CREATE TABLE elections (
    id INTEGER PRIMARY KEY,
    affiliate_id BIGINT NOT NULL REFERENCES affiliates(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    seats BIGINT NOT NULL,
    -- meek | approval | plurality | support_oppose
    method TEXT NOT NULL,
    nominations_open BIGINT NOT NULL,
    nominations_close BIGINT NOT NULL,
    voting_open BIGINT NOT NULL,
    voting_close BIGINT NOT NULL,
    -- Voters: members who joined before this instant, with at least this many edits (as
    -- recorded when they joined), if set.
    voters_joined_before BIGINT NOT NULL,
    voters_min_edits BIGINT,
    -- Candidates: members who joined before this instant.
    candidates_joined_before BIGINT NOT NULL,
    -- The board term the winners serve.
    term_start TEXT NOT NULL,
    term_end TEXT NOT NULL,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    -- Set by the count after the close: the ballots as a BLT file (candidates in the order
    -- of their ids), and the winners' user ids in order of election (JSON).
    counted_at BIGINT,
    blt TEXT,
    elected TEXT
);
CREATE INDEX elections_by_affiliate ON elections (affiliate_id, voting_close);

CREATE TABLE candidates (
    id INTEGER PRIMARY KEY,
    election_id BIGINT NOT NULL REFERENCES elections(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id),
    nominated_by BIGINT REFERENCES users(id),
    statement TEXT NOT NULL,
    statement_lang TEXT NOT NULL,
    -- The nominee agreed to stand (at once when they nominated themselves).
    accepted BIGINT NOT NULL DEFAULT 0,
    withdrawn BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    UNIQUE (election_id, user_id)
);

-- Who has voted, and nothing more: no time, no ballot. Kept in key order (WITHOUT ROWID),
-- not in the order people voted.
CREATE TABLE election_voters (
    election_id BIGINT NOT NULL REFERENCES elections(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id),
    PRIMARY KEY (election_id, user_id)
) WITHOUT ROWID;

-- The ballots: keyed by the hash of a receipt code that only the voter holds. No voter, no
-- time, and kept in the order of that random key, not the order cast.
CREATE TABLE ballots (
    election_id BIGINT NOT NULL REFERENCES elections(id) ON DELETE CASCADE,
    receipt_hash TEXT NOT NULL,
    choice TEXT NOT NULL,
    PRIMARY KEY (election_id, receipt_hash)
) WITHOUT ROWID;

-- A seat on the board from one day to another: who sits now, who sat before.
CREATE TABLE board_terms (
    id INTEGER PRIMARY KEY,
    affiliate_id BIGINT NOT NULL REFERENCES affiliates(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id),
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    election_id BIGINT REFERENCES elections(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX board_terms_by_affiliate ON board_terms (affiliate_id, ends_on);
