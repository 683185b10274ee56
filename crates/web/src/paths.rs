//! Every address of the site, written once: the router mounts each pattern (`AFFILIATE`,
//! with axum's `{slug}` captures) and pages and templates build links with the function of
//! the same name (`paths::affiliate(slug)`), so a link cannot drift from its route. A
//! function takes exactly the captures its pattern names (the compiler checks it).

macro_rules! paths {
    ($($(#[$doc:meta])* $name:ident, $pattern:ident = $path:literal $(, $arg:ident)*;)*) => {
        $(
            $(#[$doc])*
            #[allow(dead_code)]
            pub const $pattern: &str = $path;

            $(#[$doc])*
            #[allow(dead_code)]
            pub fn $name($($arg: impl std::fmt::Display),*) -> String {
                format!($path)
            }
        )*
    };
}

paths! {
    /// The front page, the style sheet, the health check.
    home, HOME = "/";
    stylesheet, STYLESHEET = "/static/sangam.css";
    health, HEALTH = "/health";
    /// Signing in and out; the account page and its private calendar address.
    signin, SIGNIN = "/signin";
    signout, SIGNOUT = "/signout";
    account, ACCOUNT = "/account";
    account_feed, ACCOUNT_FEED = "/account/feed";
    language, LANGUAGE = "/language";
    /// The site admins' compliance dashboard.
    compliance, COMPLIANCE = "/admin/compliance";

    /// The directory, former affiliates, a new affiliate, the hubs.
    affiliates, AFFILIATES = "/affiliates";
    former_affiliates, FORMER_AFFILIATES = "/affiliates/former";
    new_affiliate, NEW_AFFILIATE = "/affiliates/new";
    hubs, HUBS = "/hubs";

    /// An affiliate's profile and what hangs off it.
    affiliate, AFFILIATE = "/affiliates/{slug}", slug;
    affiliate_edit, AFFILIATE_EDIT = "/affiliates/{slug}/edit", slug;
    affiliate_history, AFFILIATE_HISTORY = "/affiliates/{slug}/history", slug;
    affiliate_map, AFFILIATE_MAP = "/affiliates/{slug}/map.svg", slug;
    hub_members, HUB_MEMBERS = "/affiliates/{slug}/hub-members", slug;
    recognition, RECOGNITION = "/affiliates/{slug}/recognition", slug;
    join, JOIN = "/affiliates/{slug}/join", slug;
    leave, LEAVE = "/affiliates/{slug}/leave", slug;
    members, MEMBERS = "/affiliates/{slug}/members", slug;
    members_csv, MEMBERS_CSV = "/affiliates/{slug}/members.csv", slug;
    members_wiki, MEMBERS_WIKI = "/affiliates/{slug}/members.wiki", slug;
    members_import, MEMBERS_IMPORT = "/affiliates/{slug}/members/import", slug;
    members_rules, MEMBERS_RULES = "/affiliates/{slug}/members/rules", slug;
    member_decision, MEMBER_DECISION = "/affiliates/{slug}/members/{id}/decision", slug, id;
    member_roles, MEMBER_ROLES = "/affiliates/{slug}/members/{id}/roles", slug, id;
    affiliate_events, AFFILIATE_EVENTS = "/affiliates/{slug}/events", slug;
    affiliate_events_ics, AFFILIATE_EVENTS_ICS = "/affiliates/{slug}/events.ics", slug;
    affiliate_events_wiki, AFFILIATE_EVENTS_WIKI = "/affiliates/{slug}/events.wiki", slug;
    new_event, NEW_EVENT = "/affiliates/{slug}/events/new", slug;
    affiliate_elections, AFFILIATE_ELECTIONS = "/affiliates/{slug}/elections", slug;
    reports, REPORTS = "/affiliates/{slug}/reports", slug;
    report, REPORT = "/affiliates/{slug}/reports/{id}", slug, id;
    report_file, REPORT_FILE = "/affiliates/{slug}/reports/{id}/file", slug, id;
    report_review, REPORT_REVIEW = "/affiliates/{slug}/reports/{id}/review", slug, id;
    report_defer, REPORT_DEFER = "/affiliates/{slug}/reports/{id}/defer", slug, id;
    report_wiki, REPORT_WIKI = "/affiliates/{slug}/reports/{id}/report.wiki", slug, id;

    /// Campaigns.
    campaigns, CAMPAIGNS = "/campaigns";
    campaign, CAMPAIGN = "/campaigns/{slug}", slug;

    /// An event and what hangs off it (a conference's call, programme and scholarships).
    event, EVENT = "/events/{id}", id;
    event_edit, EVENT_EDIT = "/events/{id}/edit", id;
    event_ics, EVENT_ICS = "/events/{id}/event.ics", id;
    event_wiki, EVENT_WIKI = "/events/{id}/event.wiki", id;
    register, REGISTER = "/events/{id}/register", id;
    cancel_registration, CANCEL_REGISTRATION = "/events/{id}/cancel", id;
    event_cancelled, EVENT_CANCELLED = "/events/{id}/cancelled", id;
    outcomes, OUTCOMES = "/events/{id}/outcomes", id;
    participants_csv, PARTICIPANTS_CSV = "/events/{id}/participants.csv", id;
    cfp_edit, CFP_EDIT = "/events/{id}/cfp/edit", id;
    proposals, PROPOSALS = "/events/{id}/proposals", id;
    new_proposal, NEW_PROPOSAL = "/events/{id}/proposals/new", id;
    reviews, REVIEWS = "/events/{id}/reviews", id;
    reviewers, REVIEWERS = "/events/{id}/reviewers", id;
    programme, PROGRAMME = "/events/{id}/programme", id;
    schedule_edit, SCHEDULE_EDIT = "/events/{id}/schedule/edit", id;
    rooms, ROOMS = "/events/{id}/rooms", id;
    slots, SLOTS = "/events/{id}/slots", id;
    scholarship, SCHOLARSHIP = "/events/{id}/scholarship", id;
    scholarship_edit, SCHOLARSHIP_EDIT = "/events/{id}/scholarship/edit", id;
    scholarship_phase, SCHOLARSHIP_PHASE = "/events/{id}/scholarship/phase", id;
    scholarship_review, SCHOLARSHIP_REVIEW = "/events/{id}/scholarship/review", id;
    scholarship_reviewers, SCHOLARSHIP_REVIEWERS = "/events/{id}/scholarship/reviewers", id;

    /// A proposal.
    proposal, PROPOSAL = "/proposals/{id}", id;
    proposal_edit, PROPOSAL_EDIT = "/proposals/{id}/edit", id;
    proposal_decision, PROPOSAL_DECISION = "/proposals/{id}/decision", id;
    proposal_interest, PROPOSAL_INTEREST = "/proposals/{id}/interest", id;
    proposal_placement, PROPOSAL_PLACEMENT = "/proposals/{id}/placement", id;
    proposal_review, PROPOSAL_REVIEW = "/proposals/{id}/review", id;
    proposal_withdraw, PROPOSAL_WITHDRAW = "/proposals/{id}/withdraw", id;
    session_ics, SESSION_ICS = "/proposals/{id}/session.ics", id;

    /// A scholarship application.
    application, APPLICATION = "/scholarship-applications/{id}", id;
    application_decision, APPLICATION_DECISION = "/scholarship-applications/{id}/decision", id;
    application_flag, APPLICATION_FLAG = "/scholarship-applications/{id}/flag", id;
    application_score, APPLICATION_SCORE = "/scholarship-applications/{id}/score", id;

    /// An election.
    election, ELECTION = "/elections/{id}", id;
    election_answer, ELECTION_ANSWER = "/elections/{id}/answer", id;
    election_ballot, ELECTION_BALLOT = "/elections/{id}/ballot", id;
    election_nominate, ELECTION_NOMINATE = "/elections/{id}/nominate", id;
    election_statement, ELECTION_STATEMENT = "/elections/{id}/statement", id;
    election_recount, ELECTION_RECOUNT = "/elections/{id}/recount", id;

    /// A person's private calendar.
    feed, FEED = "/feeds/{token}/events.ics", token;

    /// The API's description and the exports linked from pages.
    openapi, OPENAPI = "/api/openapi.json";
    ballots, BALLOTS = "/api/elections/{id}/ballots", id;
    ballots_blt, BALLOTS_BLT = "/api/elections/{id}/ballots.blt", id;
    schedule_json, SCHEDULE_JSON = "/api/events/{id}/schedule.json", id;
    schedule_xml, SCHEDULE_XML = "/api/events/{id}/schedule.xml", id;
    schedule_ics, SCHEDULE_ICS = "/api/events/{id}/schedule.ics", id;
}
