//! Elections in storage, on both databases: who may stand and vote, nominations and voting
//! that follow the clock, secret ballots that nothing links to their voters, a changed vote
//! that replaces the first, and the count that seats the winners.

use axum::http::StatusCode;
use sangam_core::Timestamp;
use sangam_core::account::{UserId, Username};
use sangam_core::election::methods::Vote;
use sangam_core::election::setup::ElectionDraft;
use sangam_core::error::Error;
use sangam_core::id::ElectionId;
use sangam_core::membership::Application;
use sangam_core::text::{LangTag, Translatable};
use sangam_db::Db;

use crate::both_backends;
use crate::membership::empty_group;

fn at(s: &str) -> Timestamp {
    Timestamp::parse_rfc3339(s).unwrap()
}

async fn person(db: &Db, name: &str) -> UserId {
    db.create_account(
        &sangam_db::users::NewAccount {
            username: Username::parse(name).unwrap(),
            email: None,
            password_hash: "x".into(),
            is_site_admin: false,
            preferred_lang: None,
        },
        at("2024-01-01T00:00:00Z"),
    )
    .await
    .unwrap()
}

/// A group whose members joined on 10 January 2025, one more on 15 March (after the
/// cut-off), someone who never joined, and a board election: nominations in April, voting
/// 20 April to 1 May, for members who joined before 1 March.
struct Setup {
    election: ElectionId,
    members: Vec<UserId>,
    late: UserId,
    stranger: UserId,
}

async fn setup(db: &Db, seats: &str, method: &str, members: usize) -> Setup {
    let group = empty_group(db, "board-vote").await;
    let mut ids = Vec::new();
    for i in 0..members {
        let id = person(db, &format!("Member {i}")).await;
        db.join(
            group,
            id,
            &Application::default(),
            false,
            at("2025-01-10T12:00:00Z"),
        )
        .await
        .unwrap();
        ids.push(id);
    }
    let late = person(db, "Late Joiner").await;
    db.join(
        group,
        late,
        &Application::default(),
        false,
        at("2025-03-15T12:00:00Z"),
    )
    .await
    .unwrap();
    let stranger = person(db, "Stranger").await;
    let spec = ElectionDraft {
        title: "Board 2025".into(),
        seats: seats.into(),
        method: method.into(),
        nominations_open: "2025-04-01".into(),
        nominations_close: "2025-04-15".into(),
        voting_open: "2025-04-20".into(),
        voting_close: "2025-05-01".into(),
        voters_joined_before: "2025-03-01".into(),
        term_start: "2025-05-23".into(),
        term_end: "2026-05-22".into(),
        ..Default::default()
    }
    .validate()
    .unwrap();
    let election = db
        .create_election(group, &spec, None, at("2025-03-20T00:00:00Z"))
        .await
        .unwrap();
    Setup {
        election,
        members: ids,
        late,
        stranger,
    }
}

/// An account (password "a long enough password") that joined the Tajik group at `joined`.
async fn tajik_member(app: &crate::support::TestApp, name: &str, joined: &str) -> UserId {
    app.add_account(name, "a long enough password", false).await;
    let id = app
        .db()
        .credentials(&Username::parse(name).unwrap())
        .await
        .unwrap()
        .unwrap()
        .id;
    let tajik = app
        .db()
        .affiliate("tajik-wikimedians")
        .await
        .unwrap()
        .unwrap()
        .id;
    app.db()
        .join(tajik, id, &Application::default(), false, at(joined))
        .await
        .unwrap();
    id
}

const NOMINATING: &str = "2025-04-05T10:00:00Z";

/// `who` nominate themselves; the candidates' ids, in the order nominated.
async fn self_nominated(db: &Db, e: ElectionId, who: &[UserId]) -> Vec<usize> {
    for &who in who {
        db.nominate(e, who, who, None, at(NOMINATING))
            .await
            .unwrap();
    }
    db.candidates(e)
        .await
        .unwrap()
        .iter()
        .map(|c| c.id as usize)
        .collect()
}
const VOTING: &str = "2025-04-25T10:00:00Z";
const CLOSED: &str = "2025-05-01T00:00:00Z";

fn code(e: Error) -> &'static str {
    match e {
        Error::Validation(f) => f.iter().next().map(|f| f.code).unwrap_or(""),
        Error::Conflict(c) | Error::Forbidden(c) => c,
        other => panic!("{other:?}"),
    }
}

both_backends!(
    nominations_and_votes_follow_the_roll_and_the_clock_and_a_second_vote_replaces,
    async |db: Db| {
        let s = setup(&db, "2", "meek", 6).await;
        let m = &s.members;
        let e = s.election;
        let nominate = async |who: UserId, by: UserId, when: &str| {
            db.nominate(
                e,
                who,
                by,
                Some(&Translatable::new(
                    &LangTag::trusted("en"),
                    "I will keep the calendar up to date.",
                )),
                at(when),
            )
            .await
        };
        assert_eq!(
            code(
                nominate(m[0], m[0], "2025-03-31T23:00:00Z")
                    .await
                    .unwrap_err()
            ),
            "nominations_closed"
        );
        for &who in &m[..3] {
            nominate(who, who, NOMINATING).await.unwrap();
        }
        // Nominated by someone else: stands once they accept.
        nominate(m[3], m[4], NOMINATING).await.unwrap();
        assert_eq!(
            code(nominate(m[0], m[0], NOMINATING).await.unwrap_err()),
            "already_nominated"
        );
        assert_eq!(
            code(nominate(s.late, s.late, NOMINATING).await.unwrap_err()),
            "not_eligible_candidate"
        );
        assert_eq!(
            code(nominate(s.stranger, m[1], NOMINATING).await.unwrap_err()),
            "not_eligible_candidate"
        );
        let candidates = db.candidates(e).await.unwrap();
        assert_eq!(candidates.len(), 4);
        assert!(!candidates[3].accepted);
        assert_eq!(candidates[3].nominated_by.as_deref(), Some("Member 4"));
        db.answer_nomination(e, m[3], true, at(NOMINATING))
            .await
            .unwrap();
        let c: Vec<usize> = db
            .candidates(e)
            .await
            .unwrap()
            .iter()
            .map(|c| c.id as usize)
            .collect();

        let cast = async |who: UserId, vote: Vote, receipt: Option<&str>, when: &str| {
            db.cast(e, who, &vote, receipt, at(when)).await
        };
        let ranked = |order: &[usize]| Vote::Meek(order.iter().map(|&i| c[i]).collect());
        assert_eq!(
            code(
                cast(m[0], ranked(&[0]), None, NOMINATING)
                    .await
                    .unwrap_err()
            ),
            "voting_not_open"
        );
        // Not on the roll: joined too late, or never.
        assert_eq!(
            code(cast(s.late, ranked(&[0]), None, VOTING).await.unwrap_err()),
            "not_eligible_voter"
        );
        assert_eq!(
            code(
                cast(s.stranger, ranked(&[0]), None, VOTING)
                    .await
                    .unwrap_err()
            ),
            "not_eligible_voter"
        );
        // Bad ballots, refused whole.
        assert_eq!(
            code(
                cast(m[0], ranked(&[0, 1, 0]), None, VOTING)
                    .await
                    .unwrap_err()
            ),
            "ballot_repeated_candidate"
        );
        assert_eq!(
            code(
                cast(m[0], Vote::Meek(vec![c[0], 999_999]), None, VOTING)
                    .await
                    .unwrap_err()
            ),
            "ballot_unknown_candidate"
        );
        assert_eq!(
            code(
                cast(m[0], Vote::Plurality(c[0]), None, VOTING)
                    .await
                    .unwrap_err()
            ),
            "ballot_method"
        );
        assert!(db.ballots(e).await.unwrap().is_empty(), "nothing saved");
        assert!(!db.has_voted(e, m[0]).await.unwrap());

        let first = cast(m[0], ranked(&[2, 0]), None, VOTING).await.unwrap();
        for (i, v) in [
            (1, ranked(&[0, 1])),
            (2, ranked(&[1, 3])),
            (4, ranked(&[0, 3])),
            (5, ranked(&[3])),
        ] {
            cast(m[i], v, None, VOTING).await.unwrap();
        }
        assert_eq!(
            (
                db.turnout(e).await.unwrap(),
                db.ballots(e).await.unwrap().len()
            ),
            (5, 5)
        );
        // Voting again: only with the receipt, and the new ballot replaces the old.
        assert_eq!(
            code(cast(m[0], ranked(&[0]), None, VOTING).await.unwrap_err()),
            "receipt_required"
        );
        assert_eq!(
            code(
                cast(
                    m[0],
                    ranked(&[0]),
                    Some("0000-0000-0000-0000-0000-0000"),
                    VOTING
                )
                .await
                .unwrap_err()
            ),
            "receipt_unknown"
        );
        let typed = first.to_lowercase().replace('-', " ");
        let second = cast(m[0], ranked(&[0, 1]), Some(&typed), VOTING)
            .await
            .unwrap();
        assert_ne!(first, second);
        assert_eq!(
            (
                db.turnout(e).await.unwrap(),
                db.ballots(e).await.unwrap().len()
            ),
            (5, 5),
            "replaced, not added"
        );
        assert!(!db.receipt_counted(e, &first).await.unwrap());
        assert!(db.receipt_counted(e, &second).await.unwrap());
        assert_eq!(
            code(cast(m[3], ranked(&[0]), None, CLOSED).await.unwrap_err()),
            "voting_closed"
        );
        assert_eq!(
            code(
                sangam_app::elections::count(&app_of(&db), e, at(VOTING))
                    .await
                    .unwrap_err()
            ),
            "voting_not_closed"
        );

        // The count: first preferences 0: 3 (m0, m1, m4), 1: 1, 3: 1; two seats.
        let outcome = sangam_app::elections::count(&app_of(&db), e, at(CLOSED))
            .await
            .unwrap()
            .expect("counted");
        let elected = outcome.elected().to_vec();
        assert_eq!(elected.len(), 2);
        assert_eq!(elected[0], 0, "Member 0 first");
        assert!(
            sangam_app::elections::count(&app_of(&db), e, at(CLOSED))
                .await
                .unwrap()
                .is_none(),
            "once"
        );
        let counted = db.election(e).await.unwrap().unwrap().counted.unwrap();
        assert_eq!(counted.elected[0], m[0]);
        let contest = sangam_core::election::blt::read(&counted.blt).unwrap();
        assert_eq!(contest.ballot_count(), 5);
        assert_eq!(contest.candidates[0], "Member 0");
        let group = db.affiliate("board-vote").await.unwrap().unwrap().id;
        let (now, before) = db
            .board(group, jiff::civil::date(2025, 6, 1))
            .await
            .unwrap();
        assert_eq!(now.len(), 2);
        assert!(before.is_empty());
        let (later, past) = db
            .board(group, jiff::civil::date(2026, 6, 1))
            .await
            .unwrap();
        assert_eq!((later.len(), past.len()), (0, 2), "their term ended");
    }
);

both_backends!(
    nothing_links_a_ballot_to_its_voter_not_a_column_a_time_nor_the_order,
    async |db: Db| {
        let s = setup(&db, "1", "meek", 12).await;
        let e = s.election;
        let m = &s.members;
        let c = self_nominated(&db, e, &m[..4]).await;
        // Each voter casts a ballot only they cast (a different ranking), in roll order.
        let orders: Vec<Vec<usize>> = (0..12)
            .map(|i| {
                let mut o = vec![c[i % 4], c[(i / 4 + 1 + i % 4) % 4]];
                if i >= 8 {
                    o.push(c[(i + 2) % 4]);
                }
                o.dedup();
                o
            })
            .collect();
        for (i, &who) in m.iter().enumerate() {
            db.cast(e, who, &Vote::Meek(orders[i].clone()), None, at(VOTING))
                .await
                .unwrap();
        }
        // While voting is open: the ballots lie in key order, and (PostgreSQL) all carry one
        // writer's mark, while the roll's marks are one per voter.
        let stored = db.stored_order("ballots", "receipt_hash").await.unwrap();
        let mut by_key = stored.clone();
        by_key.sort();
        assert_eq!(
            stored, by_key,
            "ballots lie in key order while voting is open"
        );
        if let Some(stamps) = db.write_stamps("ballots", "receipt_hash").await.unwrap() {
            let marks: std::collections::BTreeSet<_> = stamps.iter().map(|(_, x)| x).collect();
            assert_eq!((stamps.len(), marks.len()), (12, 1), "{stamps:?}");
            let roll = db
                .write_stamps("election_voters", "user_id")
                .await
                .unwrap()
                .unwrap();
            let roll_marks: std::collections::BTreeSet<_> = roll.iter().map(|(_, x)| x).collect();
            assert_eq!(
                roll_marks.len(),
                12,
                "each vote its own transaction: {roll:?}"
            );
            assert!(
                roll_marks.iter().filter(|m| marks.contains(*m)).count() <= 1,
                "only the last voter's mark can be the box's"
            );
        }
        sangam_app::elections::count(&app_of(&db), e, at(CLOSED))
            .await
            .unwrap()
            .expect("counted");

        // The columns: no voter in the ballots, no ballot or time in the roll.
        let columns = |table: &'static str| {
            let db = db.clone();
            async move { db.table_columns(table).await.unwrap() }
        };
        assert_eq!(
            columns("ballots").await,
            ["election_id", "receipt_hash", "choice", "owner_tag"]
        );
        assert_eq!(columns("election_voters").await, ["election_id", "user_id"]);
        // The order rows come back in, unasked, is the random key's, not the order cast.
        let stored = db.stored_order("ballots", "receipt_hash").await.unwrap();
        let mut by_key = stored.clone();
        by_key.sort();
        assert_eq!(stored, by_key, "ballots lie in key order");
        let roll: Vec<i64> = db
            .stored_order("election_voters", "user_id")
            .await
            .unwrap()
            .iter()
            .map(|u| u.parse().unwrap())
            .collect();
        let mut by_user = roll.clone();
        by_user.sort();
        assert_eq!(roll, by_user, "the roll lies in user order");
        let cast_order: Vec<String> = orders
            .iter()
            .map(|o| serde_json::to_string(&Vote::Meek(o.clone())).unwrap())
            .collect();
        let ballots: Vec<String> = db
            .ballots(e)
            .await
            .unwrap()
            .iter()
            .map(|(_, v)| serde_json::to_string(v).unwrap())
            .collect();
        assert_ne!(ballots, cast_order, "not in the order cast");
        let mut sorted_ballots = ballots.clone();
        sorted_ballots.sort();
        let mut sorted_cast = cast_order.clone();
        sorted_cast.sort();
        assert_eq!(sorted_ballots, sorted_cast, "every ballot is there");
        // The published file has the ballots and nothing about who cast them.
        let blt = db.election(e).await.unwrap().unwrap().counted.unwrap().blt;
        // Candidates are Members 0 to 3; the voters who did not stand are nowhere in it.
        for i in 4..12 {
            assert!(!blt.contains(&format!("\"Member {i}\"")), "{blt}");
        }
        assert!(!blt.contains("Late Joiner") && !blt.contains("Stranger"));
    }
);

/// The whole election over the API: set up by the organizer, nominations, votes and a
/// changed vote, then the count, the published ballots and the BLT file that recounts the
/// same.
#[tokio::test]
async fn an_election_runs_over_the_api_from_nominations_to_a_recountable_result() {
    use axum::http::{Method, StatusCode};
    use serde_json::json;
    let mut app = crate::support::TestApp::at(at("2026-12-03T09:00:00Z")).await;
    let tajik = app
        .db()
        .affiliate("tajik-wikimedians")
        .await
        .unwrap()
        .unwrap()
        .id;
    let pass = "a long enough password";
    let names = ["Gulnora", "Firuz", "Manizha", "Rustam", "Zarina"];
    for n in names {
        tajik_member(&app, n, "2025-06-01T00:00:00Z").await;
    }
    tajik_member(&app, "Newcomer", "2026-11-01T00:00:00Z").await;
    let (org, org_pass) = sangam_app::demo::AFFILIATE_ADMIN;
    let organizer = app.api_client(org, org_pass).await;
    let mut clients = Vec::new();
    for n in names {
        clients.push(app.api_client(n, pass).await);
    }
    let newcomer_client = app.api_client("Newcomer", pass).await;
    let election = json!({
        "title": "Board of the Tajik Wikimedians 2027",
        "seats": "2",
        "method": "meek",
        "nominations_open": "2026-12-01",
        "nominations_close": "2026-12-10",
        "voting_open": "2026-12-12",
        "voting_close": "2026-12-20",
        "voters_joined_before": "2026-01-01",
        "term_start": "2027-01-01",
        "term_end": "2027-12-31"
    });
    let path = "/api/affiliates/tajik-wikimedians/elections";
    let res = app
        .send_json(Method::POST, path, &clients[0], &election)
        .await;
    assert_eq!(
        res.status,
        StatusCode::FORBIDDEN,
        "members do not set up elections"
    );
    let mut bad = election.clone();
    bad["seats"] = json!("0");
    bad["voting_open"] = json!("2026-12-05");
    let res = app.send_json(Method::POST, path, &organizer, &bad).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.json();
    let fields: Vec<&str> = body["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["seats", "voting_open"]);
    let res = app
        .send_json(Method::POST, path, &organizer, &election)
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
    let id = res.json()["id"].as_i64().unwrap();
    assert_eq!(res.json()["phase"], "nominating");

    // Nominations: three stand; a newcomer may not.
    let nominations = format!("/api/elections/{id}/nominations");
    for (i, statement) in [
        (0, "Я аз соли 2022 дар Википедияи тоҷикӣ кор мекунам."),
        (1, "Photowalks every month."),
        (2, ""),
    ] {
        let res = app
            .send_json(Method::POST, &nominations, &clients[i], &json!({"nominee": names[i], "statement": statement, "lang": if i == 0 { "tg" } else { "en" }}))
            .await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
    }
    let res = app
        .send_json(
            Method::POST,
            &nominations,
            &clients[3],
            &json!({"nominee": "Newcomer"}),
        )
        .await;
    assert_eq!(
        res.json()["error"]["fields"][0]["code"],
        "not_eligible_candidate"
    );
    let shown = app.get(&format!("/api/elections/{id}")).await.json();
    let candidates: Vec<i64> = shown["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .collect();
    assert_eq!(shown["candidates"][0]["statement_lang"], "tg");

    // Statements are translated: an organizer adds English; the nominee's own words stay
    // theirs, and a new version of them makes the translation outdated.
    let statement = format!("/api/elections/{id}/candidates/{}/statement", names[0]);
    let put = async |who: usize, lang: &str, text: &str| {
        let body = json!({"lang": lang, "statement": text});
        let client = if who == 9 { &organizer } else { &clients[who] };
        app.send_json(Method::PUT, &statement, client, &body).await
    };
    let res = put(1, "en", "Works on the Tajik Wikipedia.").await;
    assert_eq!(
        (res.status, res.error_code()),
        (StatusCode::FORBIDDEN, "not_affiliate_admin".into()),
        "another candidate may not"
    );
    let res = put(9, "tg", "Дигар.").await;
    assert_eq!(
        (res.status, res.error_code()),
        (
            StatusCode::FORBIDDEN,
            "statement_source_nominee_only".into()
        )
    );
    let res = put(9, "not a language", "x").await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.json()["error"]["fields"][0]["field"], "lang");
    let english = "I have worked on the Tajik Wikipedia since 2022.";
    let res = put(9, "en", english).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let c = &res.json()["candidates"][0];
    assert_eq!(
        (c["statement"].as_str(), c["statement_lang"].as_str()),
        (Some(english), Some("en"))
    );
    assert_eq!(c["statement_text"]["source_lang"], "tg");
    assert_eq!(c["statement_text"]["outdated"], json!([]));
    let in_tajik = app
        .get_lang(&format!("/api/elections/{id}"), "tg")
        .await
        .json();
    assert_eq!(
        in_tajik["candidates"][0]["statement"],
        "Я аз соли 2022 дар Википедияи тоҷикӣ кор мекунам."
    );
    let res = put(
        0,
        "tg",
        "Я аз соли 2022 дар Википедияи тоҷикӣ ва Викиманбаъ кор мекунам.",
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(
        res.json()["candidates"][0]["statement_text"]["outdated"],
        json!(["en"])
    );
    let stored = app.db().candidates(ElectionId(id)).await.unwrap();
    assert_eq!(stored[0].statement.as_ref().unwrap().revision, 2);
    let ballot = format!("/api/elections/{id}/ballot");
    let vote = |order: &[usize]| json!({"vote": {"method": "meek", "choice": order.iter().map(|&i| candidates[i]).collect::<Vec<_>>()}});
    let res = app
        .send_json(Method::PUT, &ballot, &clients[0], &vote(&[0]))
        .await;
    assert_eq!(
        (res.status, res.error_code()),
        (StatusCode::CONFLICT, "voting_not_open".into())
    );

    // Voting.
    app.set_clock(at("2026-12-15T12:00:00Z")).await;
    let res = app
        .send_json(Method::PUT, &ballot, &newcomer_client, &vote(&[0]))
        .await;
    assert_eq!(
        (res.status, res.error_code()),
        (StatusCode::FORBIDDEN, "not_eligible_voter".into())
    );
    let res = app
        .send_json(Method::PUT, &ballot, &clients[0], &vote(&[0, 0]))
        .await;
    assert_eq!(
        res.json()["error"]["fields"][0]["code"],
        "ballot_repeated_candidate"
    );
    let mut receipts = Vec::new();
    for (i, order) in [
        (0, vec![0, 1]),
        (1, vec![1, 0]),
        (2, vec![2, 1]),
        (3, vec![0, 2]),
        (4, vec![2]),
    ] {
        let res = app
            .send_json(Method::PUT, &ballot, &clients[i], &vote(&order))
            .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        receipts.push(res.json()["receipt"].as_str().unwrap().to_string());
    }
    let res = app
        .send_json(Method::PUT, &ballot, &clients[4], &vote(&[1]))
        .await;
    assert_eq!(res.json()["error"]["fields"][0]["code"], "receipt_required");
    let mut change = vote(&[1, 2]);
    change["receipt"] = json!(receipts[4]);
    let res = app
        .send_json(Method::PUT, &ballot, &clients[4], &change)
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let new_receipt = res.json()["receipt"].as_str().unwrap().to_string();
    let during = app
        .send_json(
            Method::GET,
            &format!("/api/elections/{id}"),
            &clients[4],
            &json!({}),
        )
        .await
        .json();
    assert_eq!(
        (during["turnout"].as_i64(), during["has_voted"].as_bool()),
        (Some(5), Some(true))
    );
    assert!(during["result"].is_null());
    assert_eq!(
        app.get(&format!("/api/elections/{id}/ballots"))
            .await
            .status,
        StatusCode::CONFLICT,
        "not before the close"
    );

    // Closed: counted at the first look, ballots published, the file recounts the same.
    app.set_clock(at("2026-12-20T00:00:01Z")).await;
    // (The tokens of 3 December have expired by now: a fresh one.)
    let late_voter = app.api_client(names[1], pass).await;
    let res = app
        .send_json(Method::PUT, &ballot, &late_voter, &vote(&[2]))
        .await;
    assert_eq!(res.error_code(), "voting_closed");
    let res = app
        .send_json(
            Method::PUT,
            &statement,
            &app.api_client(names[0], pass).await,
            &json!({"lang": "tg", "statement": "Баъд аз интихобот."}),
        )
        .await;
    assert_eq!(
        res.error_code(),
        "voting_closed",
        "statements are final at the close"
    );
    let done = app.get(&format!("/api/elections/{id}")).await.json();
    assert_eq!(done["phase"], "closed");
    let elected: Vec<&str> = done["result"]["elected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap())
        .collect();
    // First preferences: Gulnora 2, Firuz 2 (Zarina's changed vote), Manizha 1; the quota
    // is 5/3 + 0.000001: Gulnora and Firuz.
    assert_eq!(elected.len(), 2);
    assert!(
        elected.contains(&"Gulnora") && elected.contains(&"Firuz"),
        "{elected:?}"
    );
    assert!(!done["result"]["rounds"].as_array().unwrap().is_empty());
    let published = app
        .get(&format!("/api/elections/{id}/ballots"))
        .await
        .json();
    let hashes: Vec<&str> = published
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["receipt_hash"].as_str().unwrap())
        .collect();
    assert_eq!(hashes.len(), 5);
    let mine =
        sangam_core::secret::token_hash(&sangam_core::secret::receipt_canonical(&new_receipt));
    let old =
        sangam_core::secret::token_hash(&sangam_core::secret::receipt_canonical(&receipts[4]));
    assert!(
        hashes.contains(&mine.as_str()) && !hashes.contains(&old.as_str()),
        "the changed vote counts, once"
    );
    let blt = app.get(&format!("/api/elections/{id}/ballots.blt")).await;
    assert_eq!(
        blt.header("content-type"),
        Some("text/plain; charset=utf-8")
    );
    let contest = sangam_core::election::blt::read(&blt.body).unwrap();
    let recount = sangam_core::election::meek::count(&contest);
    let again: Vec<&str> = recount
        .elected
        .iter()
        .map(|&i| contest.candidates[i].as_str())
        .collect();
    assert_eq!(again, elected, "anyone recounting the file gets the same");
    let (board, _) = app
        .db()
        .board(tajik, jiff::civil::date(2027, 3, 1))
        .await
        .unwrap();
    let mut seated: Vec<String> = board.iter().map(|t| t.username.clone()).collect();
    seated.sort();
    assert_eq!(seated, ["Firuz", "Gulnora"]);
    // The page: the winners, and every round with its quota and surplus, in Russian too.
    let page = app.get(&format!("/elections/{id}?uselang=ru")).await.body;
    let ru = sangam_i18n::Lang::from_code("ru").unwrap();
    assert!(page.contains(&sangam_i18n::message(ru, "election-surplus", &[])));
    assert!(page.contains(&sangam_i18n::message(ru, "election-quota", &[])));
    assert!(page.contains("id=\"elected\">"));
    // The profile shows who sits once the term has begun.
    app.set_clock(at("2027-02-01T00:00:00Z")).await;
    let profile = app.get("/affiliates/tajik-wikimedians").await.body;
    let now_line = profile
        .split("id=\"board-now\">")
        .nth(1)
        .and_then(|rest| rest.split("</p>").next())
        .unwrap_or_default()
        .to_string();
    assert!(
        now_line.contains(">Gulnora</") && now_line.contains(">Firuz</"),
        "{now_line}"
    );
    assert!(now_line.contains("December 31, 2027"), "{now_line}");
}

/// Seed 000's board: its structure as data on the profile, and the founding board of three
/// for two years among the earlier boards.
#[tokio::test]
async fn the_wap_profile_shows_its_board_structure_and_founding_board() {
    use sangam_i18n::{Lang, message};
    let app = crate::support::TestApp::at(at("2026-12-03T09:00:00Z")).await;
    let page = app.get("/affiliates/wap").await.body;
    let founders = message(Lang::EN, "board-chosen-founders", &[]);
    let first = message(
        Lang::EN,
        "board-phase",
        &[
            ("year", 1i64.into()),
            ("seats", 3i64.into()),
            ("months", 24i64.into()),
            ("how", founders.as_str().into()),
        ],
    );
    assert!(page.contains(&first.replace('\'', "&#39;")), "{first}");
    let elected = message(Lang::EN, "board-chosen-election", &[]);
    assert_eq!(
        page.matches(&elected).count(),
        2,
        "years 2 and 3 onwards are elected"
    );
    let before = page
        .split("class=\"board-before\">")
        .nth(1)
        .and_then(|rest| rest.split("</ul>").next())
        .unwrap_or_default()
        .to_string();
    for name in ["Aishik Rehman", "Muhammad Yahya", "Shakil Hosen"] {
        assert!(before.contains(name), "{name} in {before}");
    }
    assert!(
        before.contains("May 23, 2023") && before.contains("May 22, 2025"),
        "{before}"
    );
    assert!(
        !page.contains("id=\"board-now\""),
        "nobody's term runs today"
    );
    // In Bengali, with Bengali digits.
    let bn = app.get("/affiliates/wap?uselang=bn").await.body;
    assert!(bn.contains(&message(
        Lang::from_code("bn").unwrap(),
        "board-chosen-election",
        &[]
    )));
    assert!(bn.contains("২৪"), "24 months in Bengali digits");
}

both_backends!(
    support_oppose_and_approval_count_and_the_roll_can_ask_for_edits,
    async |db: Db| {
        use sangam_core::election::methods::{Outcome, Stance};
        let group = empty_group(&db, "edits-vote").await;
        let mut members = Vec::new();
        for (i, edits) in [500, 1200, 50, 300].into_iter().enumerate() {
            let id = person(&db, &format!("Editor {i}")).await;
            let app = Application {
                edit_count: Some(edits),
                ..Application::default()
            };
            db.join(group, id, &app, false, at("2025-01-10T12:00:00Z"))
                .await
                .unwrap();
            members.push(id);
        }
        let draft = |method: &str| ElectionDraft {
            title: format!("Treasurer ({method})"),
            seats: "1".into(),
            method: method.into(),
            nominations_open: "2025-04-01".into(),
            nominations_close: "2025-04-15".into(),
            voting_open: "2025-04-20".into(),
            voting_close: "2025-05-01".into(),
            voters_joined_before: "2025-03-01".into(),
            voters_min_edits: "100".into(),
            term_start: "2025-05-23".into(),
            term_end: "2026-05-22".into(),
            ..Default::default()
        };
        let sno = db
            .create_election(
                group,
                &draft("support_oppose").validate().unwrap(),
                None,
                at(NOMINATING),
            )
            .await
            .unwrap();
        let approval = db
            .create_election(
                group,
                &draft("approval").validate().unwrap(),
                None,
                at(NOMINATING),
            )
            .await
            .unwrap();
        for e in [sno, approval] {
            for &who in &members[..2] {
                db.nominate(e, who, who, None, at(NOMINATING))
                    .await
                    .unwrap();
            }
        }
        use Stance::*;
        // Editor 2 has 50 edits: not on a roll that asks for 100.
        let refused = db
            .cast(
                sno,
                members[2],
                &Vote::SupportOppose(vec![Support, Support]),
                None,
                at(VOTING),
            )
            .await
            .unwrap_err();
        assert_eq!(code(refused), "not_eligible_voter");
        assert_eq!(
            code(
                db.cast(
                    sno,
                    members[0],
                    &Vote::SupportOppose(vec![Support]),
                    None,
                    at(VOTING)
                )
                .await
                .unwrap_err()
            ),
            "ballot_stances"
        );
        for (who, stances) in [
            (0, vec![Support, Support]),
            (1, vec![Neutral, Support]),
            (3, vec![Oppose, Oppose]),
        ] {
            db.cast(
                sno,
                members[who],
                &Vote::SupportOppose(stances),
                None,
                at(VOTING),
            )
            .await
            .unwrap();
        }
        let c: Vec<usize> = db
            .candidates(approval)
            .await
            .unwrap()
            .iter()
            .map(|c| c.id as usize)
            .collect();
        for (who, approved) in [(0, vec![c[0]]), (1, vec![c[0], c[1]]), (3, vec![])] {
            db.cast(
                approval,
                members[who],
                &Vote::Approval(approved),
                None,
                at(VOTING),
            )
            .await
            .unwrap();
        }
        let Some(Outcome::Ranked { lines, elected, .. }) =
            sangam_app::elections::count(&app_of(&db), sno, at(CLOSED))
                .await
                .unwrap()
        else {
            panic!("a ranked outcome")
        };
        // Editor 1: 2 supports, 1 oppose (0.67); Editor 0: 1 each of the three (0.5).
        assert_eq!(elected, [1]);
        assert_eq!(
            (lines[0].support, lines[0].neutral, lines[0].oppose),
            (2, 0, 1)
        );
        assert_eq!(
            (lines[1].support, lines[1].neutral, lines[1].oppose),
            (1, 1, 1)
        );
        let Some(Outcome::Ranked { lines, elected, .. }) =
            sangam_app::elections::count(&app_of(&db), approval, at(CLOSED))
                .await
                .unwrap()
        else {
            panic!("a ranked outcome")
        };
        assert_eq!(elected, [0]);
        assert_eq!((lines[0].support, lines[1].support), (2, 1));
        // Counted again from the stored ballots, the same.
        let row = db.election(approval).await.unwrap().unwrap();
        let (again, names, _) = sangam_app::elections::outcome(&app_of(&db), &row)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(again.elected(), [0]);
        assert_eq!(names, ["Editor 0", "Editor 1"]);
    }
);

/// The organizers set up an election with the form; others see the list without it.
#[tokio::test]
async fn organizers_set_up_an_election_with_the_form() {
    use axum::http::StatusCode;
    use sangam_i18n::{Lang, message};
    let app = crate::support::TestApp::at(at("2026-12-03T09:00:00Z")).await;
    let path = "/affiliates/tajik-wikimedians/elections";
    let anonymous = app.get(path).await;
    assert_eq!(anonymous.status, StatusCode::OK);
    assert!(
        anonymous
            .body
            .contains(&message(Lang::EN, "elections-none", &[]))
    );
    assert!(!anonymous.body.contains("id=\"create-election\""));
    let (org, org_pass) = sangam_app::demo::AFFILIATE_ADMIN;
    let organizer = app.sign_in(org, org_pass).await;
    let page = app.get_as(path, &organizer).await;
    assert!(page.body.contains("id=\"create-election\""));
    let mut fields = vec![
        ("title", "Правление 2027"),
        ("method", "support_oppose"),
        ("seats", "3"),
        ("nominations_open", "2026-12-05"),
        ("nominations_close", "2026-12-12"),
        ("voting_open", "2026-12-10"),
        ("voting_close", "2026-12-24"),
        ("voters_joined_before", "2026-12-01"),
        ("term_start", "2027-01-01"),
        ("term_end", "2027-12-31"),
    ];
    let refused = app.post_form(path, &organizer, &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let said = message(Lang::EN, "field-error-voting_before_nominations_close", &[]);
    assert!(refused.body.contains(&said), "{}", refused.body);
    assert!(
        refused.body.contains("value=\"Правление 2027\""),
        "what was typed stays"
    );
    assert!(
        refused
            .body
            .contains("<option value=\"support_oppose\" selected>")
    );
    assert!(
        app.db()
            .elections_of(
                app.db()
                    .affiliate("tajik-wikimedians")
                    .await
                    .unwrap()
                    .unwrap()
                    .id
            )
            .await
            .unwrap()
            .is_empty()
    );
    fields[5] = ("voting_open", "2026-12-14");
    let made = app.post_form(path, &organizer, &fields).await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let location = made.header("location").unwrap().to_string();
    let shown = app.get(&location).await.body;
    assert!(shown.contains("Правление 2027"));
    assert!(
        shown.contains(&message(Lang::EN, "election-phase-upcoming", &[])),
        "nominations open on the 5th"
    );
    // A member who is not an organizer is refused.
    app.add_account("Plain Member", "a long enough password", false)
        .await;
    let member = app.sign_in("Plain Member", "a long enough password").await;
    assert_eq!(
        app.post_form(path, &member, &fields).await.status,
        StatusCode::FORBIDDEN
    );
}

/// On the page, a member nominates another; the nominee accepts, and later withdraws.
#[tokio::test]
async fn a_member_nominates_another_who_accepts_on_the_page() {
    use axum::http::StatusCode;
    let app = crate::support::TestApp::at(at("2026-12-05T09:00:00Z")).await;
    let tajik = app
        .db()
        .affiliate("tajik-wikimedians")
        .await
        .unwrap()
        .unwrap()
        .id;
    let pass = "a long enough password";
    for n in ["Dilnoza", "Bahrom"] {
        tajik_member(&app, n, "2025-06-01T00:00:00Z").await;
    }
    let spec = ElectionDraft {
        title: "Treasurer".into(),
        seats: "1".into(),
        method: "plurality".into(),
        nominations_open: "2026-12-01".into(),
        nominations_close: "2026-12-10".into(),
        voting_open: "2026-12-12".into(),
        voting_close: "2026-12-20".into(),
        voters_joined_before: "2026-01-01".into(),
        term_start: "2027-01-01".into(),
        term_end: "2027-12-31".into(),
        ..Default::default()
    }
    .validate()
    .unwrap();
    let e = app
        .db()
        .create_election(tajik, &spec, None, at("2026-12-01T00:00:00Z"))
        .await
        .unwrap();
    let page = format!("/elections/{e}");
    let dilnoza = app.sign_in("Dilnoza", pass).await;
    let res = app
        .post_form(
            &format!("{page}/nominate"),
            &dilnoza,
            &[("nominee", "Nobody Here"), ("statement", "")],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let res = app
        .post_form(
            &format!("{page}/nominate"),
            &dilnoza,
            &[
                ("nominee", "Bahrom"),
                ("statement", "Keeps the accounts honest."),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let shown = app.get(&page).await.body;
    assert!(
        shown.contains("<bdi>Bahrom</bdi>") && !shown.contains("class=\"candidates\""),
        "awaiting, not standing yet"
    );
    let bahrom = app.sign_in("Bahrom", pass).await;
    assert!(
        app.get_as(&page, &bahrom)
            .await
            .body
            .contains("id=\"accept\"")
    );
    let res = app
        .post_form(&format!("{page}/answer"), &bahrom, &[("stand", "yes")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let shown = app.get_as(&page, &bahrom).await.body;
    assert!(shown.contains("class=\"candidates\"") && shown.contains("id=\"withdraw\""));
    // The nominator may not translate Bahrom's statement; an organizer may, and a Tajik
    // reader then reads it in Tajik, marked neither as untranslated nor outdated.
    let translate = [
        ("nominee", "Bahrom"),
        ("lang", "tg"),
        ("statement", "Ҳисобҳоро дуруст нигоҳ медорад."),
    ];
    let res = app
        .post_form(&format!("{page}/statement"), &dilnoza, &translate)
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("organizers"), "{}", res.body);
    let (org, org_pass) = sangam_app::demo::AFFILIATE_ADMIN;
    let organizer = app.sign_in(org, org_pass).await;
    assert!(
        app.get_as(&page, &organizer)
            .await
            .body
            .contains("action=\"/elections/"),
    );
    let res = app
        .post_form(&format!("{page}/statement"), &organizer, &translate)
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let tajik_page = app.get(&format!("{page}?uselang=tg")).await.body;
    assert!(
        tajik_page.contains("lang=\"tg\" dir=\"ltr\"><p>Ҳисобҳоро дуруст нигоҳ медорад.</p>"),
        "{tajik_page}"
    );
    let english_page = app.get(&page).await.body;
    assert!(english_page.contains("<p>Keeps the accounts honest.</p>"));
    let res = app
        .post_form(&format!("{page}/answer"), &bahrom, &[("stand", "no")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let candidates = app.db().candidates(e).await.unwrap();
    assert!(candidates[0].withdrawn);
}

/// The service layer over a test database (the count runs there, off the request path).
fn app_of(db: &sangam_db::Db) -> sangam_app::App {
    sangam_app::App::new(db.clone(), crate::support::TEST_HASH)
}

both_backends!(someone_elses_receipt_replaces_nothing, async |db: Db| {
    // A receipt shown as proof of voting (photographed, say) lets nobody else replace
    // that ballot: the voter who knows it is refused, the ballot stays, and its owner
    // can still change it.
    let s = setup(&db, "1", "meek", 3).await;
    let (e, m) = (s.election, &s.members);
    let c = self_nominated(&db, e, &m[..2]).await;
    let vote = |first: usize| Vote::Meek(vec![c[first], c[1 - first]]);
    let victim = db.cast(e, m[0], &vote(0), None, at(VOTING)).await.unwrap();
    db.cast(e, m[1], &vote(1), None, at(VOTING)).await.unwrap();
    // The other voter, holding the victim's receipt, tries to replace that ballot.
    assert_eq!(
        code(
            db.cast(e, m[1], &vote(1), Some(&victim), at(VOTING))
                .await
                .unwrap_err()
        ),
        "receipt_unknown"
    );
    assert!(
        db.receipt_counted(e, &victim).await.unwrap(),
        "the ballot stays"
    );
    assert_eq!(db.ballots(e).await.unwrap().len(), 2);
    // Its owner may still change it.
    let changed = db
        .cast(e, m[0], &vote(1), Some(&victim), at(VOTING))
        .await
        .unwrap();
    assert!(!db.receipt_counted(e, &victim).await.unwrap());
    assert!(db.receipt_counted(e, &changed).await.unwrap());
    assert_eq!(db.ballots(e).await.unwrap().len(), 2);
});

/// A count that cannot finish within the server's budget is stopped, kept as such (reads do
/// not try again), said on the page and the API and in the affiliate's history; the
/// organizers start it again once the budget allows, and from then on every read shows the
/// kept count without counting again (even with the ballots gone).
#[tokio::test]
async fn a_count_over_its_budget_is_reported_and_a_kept_count_is_never_counted_again() {
    use sangam_app::elections::CountBudget;
    let mut app = crate::support::TestApp::at(at(VOTING)).await;
    let db = app.db().clone();
    let s = setup(&db, "2", "meek", 6).await;
    let (e, m) = (s.election, &s.members);
    let c = self_nominated(&db, e, &m[..4]).await;
    for (i, &who) in m.iter().enumerate() {
        let order: Vec<usize> = (0..4).map(|k| c[(i + k) % 4]).collect();
        db.cast(e, who, &Vote::Meek(order), None, at(VOTING))
            .await
            .unwrap();
    }
    app.add_account("Board Organizer", "organizer password", false)
        .await;
    app.make_admin("board-vote", "Board Organizer").await;
    let organizer = app.sign_in("Board Organizer", "organizer password").await;
    let after = at("2025-05-02T09:00:00Z");

    // No time at all: the count stops at once.
    app.set_clock_and_count_budget(
        after,
        CountBudget {
            time: std::time::Duration::ZERO,
            ..CountBudget::default()
        },
    )
    .await;
    let page = app.get(&format!("/elections/{e}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("id=\"count-state\""), "{}", page.body);
    assert!(page.body.contains("could not finish within this server"));
    assert!(!page.body.contains("id=\"elected\""));
    assert!(!page.body.contains("id=\"recount\""), "only organizers may");
    let row = db.election(e).await.unwrap().unwrap();
    assert_eq!(row.count_problem.as_deref(), Some("over_time"));
    assert!(row.counted.is_none());
    let api = app.get(&format!("/api/elections/{e}")).await.json();
    assert_eq!(api["count_problem"], "over_time");
    assert!(api["result"].is_null());
    let history = app.get("/affiliates/board-vote").await;
    assert!(
        history.body.contains("could not finish within this server"),
        "the history says so"
    );
    // The organizers see how to go on, and may count again.
    let seen = app.get_as(&format!("/elections/{e}"), &organizer).await;
    assert!(seen.body.contains("count_seconds"));
    assert!(seen.body.contains("id=\"recount\""));
    // Nobody else may: not a signed-in person who does not organize the affiliate…
    app.add_account("Board Stranger", "stranger password", false)
        .await;
    let stranger = app.sign_in("Board Stranger", "stranger password").await;
    let refused = app
        .post_form(&format!("/elections/{e}/recount"), &stranger, &[])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    // …nor a visitor.
    let visitor = app.visitor().await;
    let refused = app
        .post_form(&format!("/elections/{e}/recount"), &visitor, &[])
        .await;
    assert_ne!(refused.status, StatusCode::SEE_OTHER);
    assert!(
        db.election(e)
            .await
            .unwrap()
            .unwrap()
            .count_problem
            .is_some()
    );

    // Time enough now; the organizers start the count again.
    app.set_clock_and_count_budget(after, CountBudget::default())
        .await;
    let again = app
        .post_form(&format!("/elections/{e}/recount"), &organizer, &[])
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    let counted = app.get_as(&format!("/elections/{e}"), &organizer).await;
    let elected = |body: &str| {
        body.split("id=\"elected\">")
            .nth(1)
            .and_then(|rest| rest.split("</strong>").next())
            .map(str::to_string)
    };
    let winners = elected(&counted.body).expect("a result");
    assert!(!counted.body.contains("id=\"count-state\""));
    let kept: Option<String> = sqlx::query_scalar("SELECT outcome FROM elections WHERE id = $1")
        .bind(e)
        .fetch_one(db.pool())
        .await
        .unwrap();
    assert!(
        kept.is_some_and(|k| k.contains("rounds")),
        "the count is kept"
    );

    // Reads show the kept count: with the ballots gone, the same result and rounds.
    sqlx::query("DELETE FROM ballots WHERE election_id = $1")
        .bind(e)
        .execute(db.pool())
        .await
        .unwrap();
    let reread = app.get_as(&format!("/elections/{e}"), &organizer).await;
    assert_eq!(elected(&reread.body), Some(winners));
    assert_eq!(
        reread.body.matches("<tr>").count(),
        counted.body.matches("<tr>").count(),
        "the same rounds"
    );
}
