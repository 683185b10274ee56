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
