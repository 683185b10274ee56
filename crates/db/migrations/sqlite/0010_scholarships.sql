-- A conference's scholarship round: the applications, the reviewers and their scores, the
-- organizers' flags and decisions, and mail to the applicants once decisions are published.

-- One round per conference (an event). phase: open | eligibility | scoring | decision |
-- published, one step at a time.
CREATE TABLE scholarship_rounds (
    event_id BIGINT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    opens_at BIGINT NOT NULL,
    closes_at BIGINT NOT NULL,
    -- JSON: [{"name": …, "weight": …}], what reviewers score, each from 0 to score_max.
    criteria TEXT NOT NULL,
    score_max BIGINT NOT NULL,
    phase TEXT NOT NULL,
    published_at BIGINT
);

-- One application per person and round. Private: the applicant, the round's reviewers and
-- the conference's organizers. flag: spam | ineligible; decision: full | partial |
-- waitlist | declined.
CREATE TABLE scholarship_applications (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES scholarship_rounds(event_id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id),
    region TEXT NOT NULL,
    history TEXT NOT NULL,
    contributions TEXT NOT NULL,
    motivation TEXT NOT NULL,
    need TEXT NOT NULL,
    submitted_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    flag TEXT,
    flag_note TEXT,
    decision TEXT,
    decision_note TEXT,
    decided_at BIGINT,
    UNIQUE (event_id, user_id)
);

CREATE TABLE scholarship_reviewers (
    event_id BIGINT NOT NULL REFERENCES scholarship_rounds(event_id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id),
    PRIMARY KEY (event_id, user_id)
);

-- A reviewer's scores of an application (JSON, in the round's order) and comment.
CREATE TABLE scholarship_scores (
    application_id BIGINT NOT NULL REFERENCES scholarship_applications(id) ON DELETE CASCADE,
    reviewer_id BIGINT NOT NULL REFERENCES users(id),
    scores TEXT NOT NULL,
    comment TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (application_id, reviewer_id)
);

-- Mail about a published decision goes to its applicant.
ALTER TABLE outbox ADD COLUMN application_id BIGINT REFERENCES scholarship_applications(id) ON DELETE CASCADE;
