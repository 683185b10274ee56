-- Events and campaigns, registrations with a waitlist, and outcomes.

-- A recurring campaign (Wiki Loves Folklore, Wikipedia Asian Month, #1Lib1Ref…); events
-- are its editions.
CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- starts_at and ends_at are the instants the event covers, [start, end): for a whole-day
-- event, local midnights in its zone; first_day and last_day keep the dates as entered.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    mode TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    -- 0: from one instant to another; 1: whole days; 2: proposed, no date yet.
    all_day BIGINT NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    first_day TEXT,
    last_day TEXT,
    venue TEXT,
    address TEXT,
    latitude_e6 BIGINT,
    longitude_e6 BIGINT,
    meeting_url TEXT,
    description TEXT NOT NULL,
    capacity BIGINT,
    wikis TEXT NOT NULL,
    hashtags TEXT NOT NULL,
    -- JSON: [{"text": …, "required": …}], what registering people are asked.
    questions TEXT NOT NULL,
    -- Space-separated BCP 47 tags of the languages the event works in.
    languages TEXT NOT NULL,
    campaign_id BIGINT REFERENCES campaigns(id),
    cancelled BIGINT NOT NULL DEFAULT 0,
    registration_open BIGINT NOT NULL DEFAULT 0,
    registration_opens_at BIGINT,
    registration_closes_at BIGINT,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX events_by_start ON events (starts_at);
CREATE INDEX events_campaign ON events (campaign_id);

-- Co-organized events belong to several affiliates.
CREATE TABLE event_affiliates (
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    affiliate_id BIGINT NOT NULL REFERENCES affiliates(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, affiliate_id)
);
CREATE INDEX event_affiliates_affiliate ON event_affiliates (affiliate_id, event_id);

CREATE TABLE event_organizers (
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id),
    PRIMARY KEY (event_id, user_id)
);

-- seat: registered, waitlisted or cancelled; the waitlist is in id order. Private
-- registrations are counted but not listed publicly; answers are for organizers only.
CREATE TABLE registrations (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id),
    seat TEXT NOT NULL,
    private BIGINT NOT NULL DEFAULT 0,
    answers TEXT NOT NULL DEFAULT '',
    registered_at BIGINT NOT NULL,
    promoted_at BIGINT,
    cancelled_at BIGINT,
    UNIQUE (event_id, user_id)
);
CREATE INDEX registrations_by_seat ON registrations (event_id, seat, id);
CREATE INDEX registrations_user ON registrations (user_id);

-- What an event achieved, entered by its organizers afterwards.
CREATE TABLE event_outcomes (
    event_id BIGINT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    participants BIGINT,
    new_editors BIGINT,
    articles_created BIGINT,
    articles_improved BIGINT,
    uploads BIGINT,
    notes TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- A person's private "my events" calendar address: only its hash is kept.
CREATE TABLE feed_tokens (
    user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);

-- Affiliates that take part in a campaign (as the seed pages say), editions or not.
CREATE TABLE campaign_affiliates (
    campaign_id BIGINT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    affiliate_id BIGINT NOT NULL REFERENCES affiliates(id) ON DELETE CASCADE,
    PRIMARY KEY (campaign_id, affiliate_id)
);
