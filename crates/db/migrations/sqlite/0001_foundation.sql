-- Foundation: people and accounts, sessions, sign-in throttling, translatable texts,
-- affiliates and regional hubs, history, and the page-cache generation.
-- Kept in step with migrations/postgres/0001_foundation.sql: same tables, columns and
-- indexes; only the identity columns differ. Integers are BIGINT (flags 0/1, instants in
-- Unix seconds) so both backends decode them the same way.

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    email TEXT,
    password_hash TEXT,
    is_site_admin BIGINT NOT NULL DEFAULT 0,
    preferred_lang TEXT,
    created_at BIGINT NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE signin_throttle (
    subject TEXT PRIMARY KEY,
    failures BIGINT NOT NULL,
    last_failure BIGINT NOT NULL,
    locked_until BIGINT NOT NULL
);

CREATE TABLE texts (
    id INTEGER PRIMARY KEY,
    source_lang TEXT NOT NULL,
    revision BIGINT NOT NULL
);

CREATE TABLE text_versions (
    text_id BIGINT NOT NULL REFERENCES texts(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    body TEXT NOT NULL,
    source_revision BIGINT NOT NULL,
    PRIMARY KEY (text_id, lang)
);

CREATE TABLE affiliates (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    name_text BIGINT NOT NULL REFERENCES texts(id),
    motto_text BIGINT REFERENCES texts(id),
    mission_text BIGINT REFERENCES texts(id),
    policy_text BIGINT REFERENCES texts(id),
    logo TEXT,
    location TEXT,
    country TEXT,
    founded TEXT,
    recognized TEXT,
    agreement_start TEXT,
    agreement_end TEXT,
    email TEXT,
    telegram TEXT,
    mailing_list TEXT,
    website TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    -- Incremented by every edit; an edit made from an older version is refused.
    version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE affiliate_regions (
    affiliate_id BIGINT NOT NULL REFERENCES affiliates(id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    country TEXT NOT NULL,
    PRIMARY KEY (affiliate_id, position)
);

CREATE TABLE affiliate_languages (
    affiliate_id BIGINT NOT NULL REFERENCES affiliates(id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    lang TEXT NOT NULL,
    PRIMARY KEY (affiliate_id, position)
);

CREATE TABLE affiliate_goals (
    affiliate_id BIGINT NOT NULL REFERENCES affiliates(id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    heading_text BIGINT NOT NULL REFERENCES texts(id),
    body_text BIGINT NOT NULL REFERENCES texts(id),
    PRIMARY KEY (affiliate_id, position)
);

CREATE TABLE affiliate_people (
    affiliate_id BIGINT NOT NULL REFERENCES affiliates(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    position BIGINT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users(id),
    PRIMARY KEY (affiliate_id, role, position)
);
CREATE INDEX affiliate_people_user ON affiliate_people (user_id, role);

CREATE TABLE hub_members (
    hub_id BIGINT NOT NULL REFERENCES affiliates(id) ON DELETE CASCADE,
    affiliate_id BIGINT NOT NULL REFERENCES affiliates(id) ON DELETE CASCADE,
    PRIMARY KEY (hub_id, affiliate_id)
);
CREATE INDEX hub_members_affiliate ON hub_members (affiliate_id);

CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    affiliate_id BIGINT NOT NULL REFERENCES affiliates(id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    actor_id BIGINT REFERENCES users(id),
    action TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX history_affiliate ON history (affiliate_id, at);

-- One row. Every write that changes what anonymous pages show increments the generation;
-- each server instance drops its cached pages when it sees a new one.
CREATE TABLE site_state (
    id BIGINT PRIMARY KEY,
    generation BIGINT NOT NULL
);
INSERT INTO site_state (id, generation) VALUES (1, 0);
