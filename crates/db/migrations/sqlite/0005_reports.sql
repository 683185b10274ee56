-- Required reports and the notices of the recognition lifecycle.

-- One row per report an affiliate owes for a period. Dates are YYYY-MM-DD.
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    affiliate_id BIGINT NOT NULL REFERENCES affiliates(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    due TEXT NOT NULL,
    grace_until TEXT NOT NULL,
    deferred BIGINT NOT NULL DEFAULT 0,
    deferment_reason TEXT,
    filed_on TEXT,
    filed_by BIGINT REFERENCES users(id),
    link TEXT,
    body TEXT,
    accepted_on TEXT,
    created_at BIGINT NOT NULL,
    UNIQUE (affiliate_id, kind, period_start)
);

-- Each notice of the lifecycle, once: report_id is 0 for a notice about the affiliate as a
-- whole (its expiry).
CREATE TABLE notices (
    id INTEGER PRIMARY KEY,
    affiliate_id BIGINT NOT NULL REFERENCES affiliates(id) ON DELETE CASCADE,
    report_id BIGINT NOT NULL,
    kind TEXT NOT NULL,
    sent_on TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (affiliate_id, report_id, kind)
);

-- Mail to send for a notice, one row per recipient. A row is marked sent only after the
-- mail server accepted it; a failure is kept and tried again after next_attempt_at.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    notice_id BIGINT NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
    to_user BIGINT NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    sent_at BIGINT,
    last_error TEXT,
    UNIQUE (notice_id, to_user)
);
CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);

-- Scheduled jobs, one row each. An instance runs a job only after claiming it (claimed_by,
-- until claimed_until), so instances sharing one database never run the same job at once.
CREATE TABLE jobs (
    name TEXT PRIMARY KEY,
    run_after BIGINT NOT NULL,
    claimed_by TEXT,
    claimed_until BIGINT,
    attempts BIGINT NOT NULL DEFAULT 0,
    last_run_at BIGINT,
    last_error TEXT
);
