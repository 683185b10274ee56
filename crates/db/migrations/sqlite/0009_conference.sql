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
    questions TEXT NOT NULL
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
    updated_at BIGINT NOT NULL
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
