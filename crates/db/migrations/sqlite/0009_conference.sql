-- A conference's programme: its call for proposals, the proposals with their presenters,
-- and the people interested in each session.

-- One call per conference (an event). Session types, tracks and questions are JSON.
CREATE TABLE cfps (
    event_id BIGINT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    opens_at BIGINT NOT NULL,
    closes_at BIGINT NOT NULL,
    session_types TEXT NOT NULL,
    tracks TEXT NOT NULL,
    -- Space-separated BCP 47 tags.
    languages TEXT NOT NULL,
    interpretation BIGINT NOT NULL,
    questions TEXT NOT NULL,
    -- JSON: [{"name": …, "weight": …}], what reviewers score, each from 0 to score_max.
    criteria TEXT NOT NULL,
    score_max BIGINT NOT NULL
);

-- status: submitted | withdrawn | accepted | waitlisted | rejected. The contact email is
-- private: organizers and the proposer only.
CREATE TABLE proposals (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    submitted_by BIGINT NOT NULL REFERENCES users(id),
    contact_email TEXT,
    affiliation TEXT NOT NULL,
    title TEXT NOT NULL,
    lang TEXT NOT NULL,
    language_note TEXT NOT NULL,
    session_type TEXT NOT NULL,
    minutes BIGINT NOT NULL,
    track TEXT,
    plan TEXT NOT NULL,
    support TEXT NOT NULL,
    benefit TEXT NOT NULL,
    -- JSON: the answers to the call's questions, in order.
    answers TEXT NOT NULL,
    status TEXT NOT NULL,
    submitted_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    -- The organizers' decision: when, and the message sent to the presenters.
    decided_at BIGINT,
    decision_note TEXT
);
CREATE INDEX proposals_by_event ON proposals (event_id, id);

-- Presenters in the order given: an account, or a guest's name.
CREATE TABLE proposal_presenters (
    proposal_id BIGINT NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    user_id BIGINT REFERENCES users(id),
    guest_name TEXT,
    PRIMARY KEY (proposal_id, position)
);
CREATE INDEX proposal_presenters_by_user ON proposal_presenters (user_id);

-- "Interested attendees": a signed-in person's one click, or a signature imported from
-- the wiki page (username and date as signed; the account when there is one).
CREATE TABLE proposal_interest (
    proposal_id BIGINT NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
    username TEXT NOT NULL,
    user_id BIGINT REFERENCES users(id),
    signed_at BIGINT NOT NULL,
    imported BIGINT NOT NULL,
    PRIMARY KEY (proposal_id, username)
);

-- The people the organizers asked to review a conference's proposals.
CREATE TABLE conference_reviewers (
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id),
    PRIMARY KEY (event_id, user_id)
);

-- One review per reviewer and proposal: a score per criterion (JSON, in the call's order)
-- and a comment. For the organizers and the reviewer only.
CREATE TABLE reviews (
    proposal_id BIGINT NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
    reviewer_id BIGINT NOT NULL REFERENCES users(id),
    scores TEXT NOT NULL,
    comment TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (proposal_id, reviewer_id)
);

-- The programme: rooms, the time slots sessions may fill, and where each accepted session is.
CREATE TABLE rooms (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    UNIQUE (event_id, name)
);

CREATE TABLE time_slots (
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    PRIMARY KEY (event_id, starts_at)
);

CREATE TABLE placements (
    proposal_id BIGINT PRIMARY KEY REFERENCES proposals(id) ON DELETE CASCADE,
    room_id BIGINT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL
);

-- Mail goes out about a notice or about a decision on a proposal: the outbox is rebuilt with
-- either.
CREATE TABLE outbox_next (
    id INTEGER PRIMARY KEY,
    notice_id BIGINT REFERENCES notices(id) ON DELETE CASCADE,
    proposal_id BIGINT REFERENCES proposals(id) ON DELETE CASCADE,
    to_user BIGINT NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    sent_at BIGINT,
    last_error TEXT,
    UNIQUE (notice_id, to_user)
);
INSERT INTO outbox_next (id, notice_id, to_user, created_at, next_attempt_at, attempts, sent_at, last_error)
SELECT id, notice_id, to_user, created_at, next_attempt_at, attempts, sent_at, last_error FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_next RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);
