-- Membership: eligibility rules and questions per affiliate; memberships of people and
-- institutions, including people imported from wiki signature lists; their private answers;
-- and collation sort keys of names per interface language, so a member list sorts by the
-- reader's collation in the database.
-- Kept in step with migrations/postgres/0002_membership.sql.

-- Board members are the profile's key people.
UPDATE affiliate_people SET role = 'board' WHERE role = 'key_person';

CREATE TABLE membership_rules (
    affiliate_id BIGINT PRIMARY KEY REFERENCES affiliates(id) ON DELETE CASCADE,
    review BIGINT NOT NULL DEFAULT 0,
    min_age BIGINT,
    countries TEXT NOT NULL DEFAULT '',
    allow_institutions BIGINT NOT NULL DEFAULT 0,
    institution_countries TEXT NOT NULL DEFAULT '',
    min_edits BIGINT,
    min_account_days BIGINT,
    updated_at BIGINT NOT NULL
);

CREATE TABLE membership_questions (
    id INTEGER PRIMARY KEY,
    affiliate_id BIGINT NOT NULL REFERENCES affiliates(id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    text_id BIGINT NOT NULL REFERENCES texts(id),
    required BIGINT NOT NULL
);
CREATE INDEX membership_questions_affiliate ON membership_questions (affiliate_id, position);

-- One row per person (or institution a person represents) and affiliate. signed_up_at is
-- the sign-up time: a signature's for imported members, NULL when the list gave none.
CREATE TABLE memberships (
    id INTEGER PRIMARY KEY,
    affiliate_id BIGINT NOT NULL REFERENCES affiliates(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id),
    kind TEXT NOT NULL,
    institution TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    signed_up_at BIGINT,
    created_at BIGINT NOT NULL,
    decided_at BIGINT,
    decided_by BIGINT REFERENCES users(id),
    imported BIGINT NOT NULL DEFAULT 0,
    UNIQUE (affiliate_id, user_id, institution)
);
CREATE INDEX memberships_by_date ON memberships (affiliate_id, status, signed_up_at);
CREATE INDEX memberships_user ON memberships (user_id);

-- Private: shown to the member and the affiliate's admins only.
CREATE TABLE membership_answers (
    membership_id BIGINT PRIMARY KEY REFERENCES memberships(id) ON DELETE CASCADE,
    age BIGINT,
    country TEXT,
    institution_country TEXT,
    edit_count BIGINT,
    account_created TEXT,
    answers TEXT NOT NULL
);

CREATE TABLE name_sort_keys (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    sort_key BLOB NOT NULL,
    PRIMARY KEY (user_id, lang)
);
CREATE INDEX name_sort_keys_order ON name_sort_keys (lang, sort_key);
