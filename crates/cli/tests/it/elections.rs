//! Elections in storage, on both databases: who may stand and vote, nominations and voting
//! that follow the clock, secret ballots that nothing links to their voters, a changed vote
//! that replaces the first, and the count that seats the winners.

use sangam_core::Timestamp;
use sangam_core::account::{UserId, Username};
use sangam_core::election::methods::Vote;
use sangam_core::election::setup::ElectionDraft;
use sangam_core::error::Error;
use sangam_core::membership::Application;
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
    election: i64,
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

const NOMINATING: &str = "2025-04-05T10:00:00Z";
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
                ("I will keep the calendar up to date.", "en"),
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
            code(db.count_election(e, at(VOTING)).await.unwrap_err()),
            "voting_not_closed"
        );

        // The count: first preferences 0: 3 (m0, m1, m4), 1: 1, 3: 1; two seats.
        let outcome = db
            .count_election(e, at(CLOSED))
            .await
            .unwrap()
            .expect("counted");
        let elected = outcome.elected().to_vec();
        assert_eq!(elected.len(), 2);
        assert_eq!(elected[0], 0, "Member 0 first");
        assert!(
            db.count_election(e, at(CLOSED)).await.unwrap().is_none(),
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
        for &who in &m[..4] {
            db.nominate(e, who, who, ("", "en"), at(NOMINATING))
                .await
                .unwrap();
        }
        let c: Vec<usize> = db
            .candidates(e)
            .await
            .unwrap()
            .iter()
            .map(|c| c.id as usize)
            .collect();
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
        db.count_election(e, at(CLOSED))
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
            ["election_id", "receipt_hash", "choice"]
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
