//! Membership: importing the seed sign-up lists, joining with eligibility rules, reviews,
//! roles, member lists and exports, and who may see applicants' answers.

use axum::body::Body;
use axum::http::{Method, StatusCode, header};
use sangam_app::demo::{AFFILIATE_ADMIN, SITE_ADMIN};
use sangam_core::Timestamp;
use sangam_core::account::AffiliateId;
use sangam_core::affiliate::{AffiliateDraft, apply};
use sangam_core::signature::parse_list;
use sangam_db::Db;
use sangam_db::membership::{MemberOrder, Rows};
use sangam_i18n::{Lang, message};
use serde_json::json;

use crate::both_backends;
use crate::support::{Browser, TestApp};

const SEED_000: &str = include_str!("../../../../fixtures/seeds/000_7902ad6a5687aa4b.txt");
const SEED_004: &str = include_str!("../../../../fixtures/seeds/004_dc7f574e16aa7ca4.txt");
const NOW: Timestamp = Timestamp(1_800_000_000);

fn esc(s: &str) -> String {
    s.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('\'', "&#39;")
        .replace('"', "&#34;")
}

fn lang(code: &str) -> Lang {
    Lang::from_code(code).unwrap()
}

/// An affiliate with no members, for imports.
pub(crate) async fn empty_group(db: &Db, slug: &str) -> AffiliateId {
    let d = AffiliateDraft {
        slug: Some(slug.into()),
        kind: Some("user_group".into()),
        name: Some(format!("Group {slug}")),
        lang: Some("en".into()),
        ..Default::default()
    };
    db.create_affiliate(
        &apply(None, d.validate(true).unwrap(), NOW).unwrap(),
        None,
        NOW,
    )
    .await
    .unwrap()
    .id
}

fn utc(s: &str) -> Timestamp {
    let dt: jiff::civil::DateTime = s.parse().unwrap();
    Timestamp(
        dt.to_zoned(jiff::tz::TimeZone::UTC)
            .unwrap()
            .timestamp()
            .as_second(),
    )
}

both_backends!(
    the_seed_lists_import_exactly_and_only_once,
    async |db: Db| {
        let wap = empty_group(&db, "wap-test").await;
        let list = parse_list(SEED_000);
        let outcome = db
            .import_members(wap, &list.entries, None, NOW)
            .await
            .unwrap();
        assert_eq!(
            (outcome.added, outcome.already_members, outcome.new_people),
            (9, 0, 9)
        );
        let (members, total) = db
            .members(
                wap,
                sangam_core::membership::MembershipStatus::Active,
                &MemberOrder::Date,
                Rows::page(0, 50),
            )
            .await
            .unwrap();
        assert_eq!(total, 9);
        assert_eq!(members[0].username.as_str(), "Aishik Rehman");
        assert_eq!(
            members[0].signed_up_at,
            Some(utc("2023-05-07T18:55")),
            "the signature's own time"
        );
        assert!(members.iter().all(|m| m.imported && !m.has_account));
        let again = db
            .import_members(wap, &list.entries, None, NOW)
            .await
            .unwrap();
        assert_eq!(
            (again.added, again.already_members),
            (0, 9),
            "re-importing adds nobody twice"
        );

        let tajik = empty_group(&db, "tajik-test").await;
        db.import_members(tajik, &parse_list(SEED_004).entries, None, NOW)
            .await
            .unwrap();
        let (members, total) = db
            .members(
                tajik,
                sangam_core::membership::MembershipStatus::Active,
                &MemberOrder::Date,
                Rows::page(0, 50),
            )
            .await
            .unwrap();
        assert_eq!(total, 13);
        let undated: Vec<&str> = members
            .iter()
            .filter(|m| m.signed_up_at.is_none())
            .map(|m| m.username.as_str())
            .collect();
        assert_eq!(
            undated,
            ["Darafsh Kaviyani", "VASHGIRD"],
            "entries without a date come last"
        );
        assert_eq!(members[0].username.as_str(), "Mardetanha");
        assert!(
            members
                .iter()
                .any(|m| m.username.as_str() == "Нурмуҳаммад Шамс"
                    && m.signed_up_at == Some(utc("2022-12-09T04:16")))
        );
    }
);

both_backends!(
    member_lists_sort_by_the_readers_collation_in_the_database,
    async |db: Db| {
        let wap = empty_group(&db, "wap-sort").await;
        db.import_members(wap, &parse_list(SEED_000).entries, None, NOW)
            .await
            .unwrap();
        db.import_members(wap, &parse_list(SEED_004).entries, None, NOW)
            .await
            .unwrap();
        for code in ["en", "bn", "hi", "ru", "tg", "ur", "ja"] {
            let (page1, total) = db
                .members(
                    wap,
                    sangam_core::membership::MembershipStatus::Active,
                    &MemberOrder::Name(code.into()),
                    Rows::page(0, 12),
                )
                .await
                .unwrap();
            let (page2, _) = db
                .members(
                    wap,
                    sangam_core::membership::MembershipStatus::Active,
                    &MemberOrder::Name(code.into()),
                    Rows::page(12, 50),
                )
                .await
                .unwrap();
            assert_eq!(total, 22);
            let got: Vec<String> = page1
                .iter()
                .chain(&page2)
                .map(|m| m.username.to_string())
                .collect();
            let mut want = got.clone();
            sangam_i18n::format::sort_by_name(lang(code), &mut want, |s| s.as_str());
            assert_eq!(got, want, "{code}");
        }
    }
);

both_backends!(
    joining_twice_is_refused_and_leaving_then_rejoining_works,
    async |db: Db| {
        let g = empty_group(&db, "gg").await;
        let user = db
            .create_account(
                &sangam_db::users::NewAccount {
                    username: sangam_core::account::Username::parse("Joiner").unwrap(),
                    email: None,
                    password_hash: "x".into(),
                    is_site_admin: false,
                    preferred_lang: None,
                },
                NOW,
            )
            .await
            .unwrap();
        let app = sangam_core::membership::Application::default();
        // Both orders of the public list follow every change.
        let listed = async |order: MemberOrder| -> Vec<String> {
            let active = sangam_core::membership::MembershipStatus::Active;
            let (rows, total) = db
                .members(g, active, &order, Rows::page(0, 50))
                .await
                .unwrap();
            assert_eq!(rows.len(), total);
            rows.iter().map(|m| m.username.to_string()).collect()
        };
        let both = async || {
            (
                listed(MemberOrder::Date).await,
                listed(MemberOrder::Name("bn".into())).await,
            )
        };
        db.join(g, user, &app, false, NOW).await.unwrap();
        assert_eq!(
            both().await,
            (vec!["Joiner".to_string()], vec!["Joiner".to_string()])
        );
        assert!(matches!(
            db.join(g, user, &app, false, NOW).await,
            Err(sangam_core::Error::Conflict("already_member"))
        ));
        db.leave(g, user, "", NOW).await.unwrap();
        assert_eq!(both().await, (vec![], vec![]));
        assert!(matches!(
            db.leave(g, user, "", NOW).await,
            Err(sangam_core::Error::NotFound)
        ));
        let back = db.join(g, user, &app, true, NOW.plus(10)).await.unwrap();
        assert_eq!(
            back.status,
            sangam_core::membership::MembershipStatus::Pending
        );
        assert_eq!(both().await, (vec![], vec![]), "pending is not listed");
        db.decide(g, back.id, true, user, NOW.plus(20))
            .await
            .unwrap();
        assert_eq!(
            both().await,
            (vec!["Joiner".to_string()], vec!["Joiner".to_string()])
        );
    }
);

both_backends!(
    concurrent_joins_neither_lose_nor_duplicate_memberships,
    async |db: Db| {
        let g = empty_group(&db, "busy").await;
        let mut users = Vec::new();
        for i in 0..40 {
            users.push(
                db.create_account(
                    &sangam_db::users::NewAccount {
                        username: sangam_core::account::Username::parse(&format!("Joiner {i}"))
                            .unwrap(),
                        email: None,
                        password_hash: "x".into(),
                        is_site_admin: false,
                        preferred_lang: None,
                    },
                    NOW,
                )
                .await
                .unwrap(),
            );
        }
        // Every user joins twice at once: one of each pair must win, the other be refused.
        let mut tasks = Vec::new();
        for user in users.iter().chain(users.iter()) {
            let db = db.clone();
            let user = *user;
            tasks.push(tokio::spawn(async move {
                db.join(
                    g,
                    user,
                    &sangam_core::membership::Application::default(),
                    false,
                    NOW,
                )
                .await
            }));
        }
        let mut ok = 0;
        for t in tasks {
            match t.await.unwrap() {
                Ok(_) => ok += 1,
                Err(sangam_core::Error::Conflict("already_member")) => {}
                Err(e) => panic!("{e}"),
            }
        }
        assert_eq!(ok, 40);
        let (_, total) = db
            .members(
                g,
                sangam_core::membership::MembershipStatus::Active,
                &MemberOrder::Date,
                Rows::page(0, 1),
            )
            .await
            .unwrap();
        assert_eq!(total, 40);
        // Committed together, listed by name too.
        let (rows, total) = db
            .members(
                g,
                sangam_core::membership::MembershipStatus::Active,
                &MemberOrder::Name("ur".into()),
                Rows::page(0, 50),
            )
            .await
            .unwrap();
        assert_eq!((rows.len(), total), (40, 40));
    }
);

async fn member(app: &TestApp, name: &str) -> Browser {
    app.add_account(name, "member password", false).await;
    app.sign_in(name, "member password").await
}

const PK: &str = "/affiliates/wikimedia-pakistan";

#[tokio::test]
async fn an_applicant_under_18_is_told_which_rule_failed_then_joins() {
    let app = TestApp::new().await;
    let who = member(&app, "Ayesha").await;
    let form = app.get_as(&format!("{PK}/join?uselang=ur"), &who).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body.contains(&esc(&message(
            lang("ur"),
            "rule-min_age",
            &[("min", 18i64.into())]
        ))),
        "the rules are stated"
    );
    assert!(form.body.contains("name=\"age\"") && form.body.contains("name=\"country\""));
    let refused = app
        .post_form(
            &format!("{PK}/join?uselang=ur"),
            &who,
            &[("kind", "individual"), ("age", "17"), ("country", "PK")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let expected = message(lang("ur"), "refusal-min_age", &[("min", 18i64.into())]);
    assert!(
        refused.body.contains(&esc(&expected)),
        "refused in Urdu: {expected}"
    );
    assert!(
        refused.body.contains("value=\"17\""),
        "what was typed comes back"
    );
    let both = app
        .post_form(
            &format!("{PK}/join"),
            &who,
            &[("age", "16"), ("country", "IN")],
        )
        .await;
    assert!(both.body.contains(&esc(&message(
        Lang::EN,
        "refusal-min_age",
        &[("min", 18i64.into())]
    ))));
    assert!(
        both.body
            .contains("This group is for citizens and residents of Pakistan.")
    );
    let absurd = app
        .post_form(
            &format!("{PK}/join"),
            &who,
            &[("age", "250"), ("country", "PK")],
        )
        .await;
    assert_eq!(absurd.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        absurd
            .body
            .contains(&esc(&message(Lang::EN, "field-error-impossible_age", &[])))
    );
    let unknown = app
        .post_form(
            &format!("{PK}/join"),
            &who,
            &[("age", "30"), ("country", "ZZ")],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    let pk_id = app
        .db()
        .affiliate("wikimedia-pakistan")
        .await
        .unwrap()
        .unwrap()
        .id;
    let (_, before) = app
        .db()
        .members(
            pk_id,
            sangam_core::membership::MembershipStatus::Active,
            &MemberOrder::Date,
            Rows::page(0, 1),
        )
        .await
        .unwrap();
    assert_eq!(before, 0, "nothing was saved by the refused applications");
    let joined = app
        .post_form(
            &format!("{PK}/join"),
            &who,
            &[("kind", "individual"), ("age", "30"), ("country", "PK")],
        )
        .await;
    assert_eq!(joined.status, StatusCode::SEE_OTHER, "{}", joined.body);
    assert_eq!(
        joined.header("location"),
        Some("/affiliates/wikimedia-pakistan/members?done=joined")
    );
    let list = app.get(&format!("{PK}/members")).await;
    assert!(list.body.contains("<bdi>Ayesha</bdi>"));
    let twice = app
        .post_form(
            &format!("{PK}/join"),
            &who,
            &[("age", "30"), ("country", "PK")],
        )
        .await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    assert!(
        twice
            .body
            .contains(&esc(&message(Lang::EN, "error-already_member", &[])))
    );
    let institution = app
        .post_form(
            &format!("{PK}/join"),
            &who,
            &[
                ("kind", "institution"),
                ("institution", "Lahore Library"),
                ("institution_country", "PK"),
            ],
        )
        .await;
    assert_eq!(
        institution.status,
        StatusCode::SEE_OTHER,
        "a person may also register their institution"
    );
    let list = app.get(&format!("{PK}/members")).await;
    assert!(list.body.contains("<bdi>Lahore Library</bdi>"));
    let left = app.post_form(&format!("{PK}/leave"), &who, &[]).await;
    assert_eq!(left.status, StatusCode::SEE_OTHER);
    let after = app.get(&format!("{PK}/members")).await.body;
    assert!(
        !after.contains("<li><a href=\"https://meta.wikimedia.org/wiki/User:Ayesha\">"),
        "the person left"
    );
    assert!(
        after.contains("<li><bdi>Lahore Library</bdi>"),
        "the institution stays until it leaves"
    );
}

#[tokio::test]
async fn joining_an_open_group_takes_one_click() {
    let app = TestApp::new().await;
    let who = member(&app, "Clicker").await;
    let page = app.get_as("/affiliates/wap/members", &who).await;
    assert!(
        page.body.contains("action=\"/affiliates/wap/join\""),
        "a button, no form to fill"
    );
    let res = app.post_form("/affiliates/wap/join", &who, &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let mine = app.get_as("/account", &who).await;
    assert!(
        mine.body
            .contains("/affiliates/wap\"><bdi>Wikimedians of the Asia Pacific User Group</bdi>")
    );
    let api = app.api_client("Clicker", "member password").await;
    let list = app.get_as("/api/me/memberships", &api).await.json();
    assert_eq!(list[0]["affiliate"], "wap");
    assert_eq!(list[0]["status"], "active");
}

#[tokio::test]
async fn the_api_refuses_with_the_failed_rules_listed() {
    let app = TestApp::new().await;
    app.add_account("Api Applicant", "member password", false)
        .await;
    let who = app.api_client("Api Applicant", "member password").await;
    let req = TestApp::request(
        Method::POST,
        "/api/affiliates/wikimedia-pakistan/members",
        &who,
    )
    .header(header::CONTENT_TYPE, "application/json")
    .header(header::ACCEPT_LANGUAGE, "bn")
    .body(Body::from(
        json!({"age": "17", "country": "BD"}).to_string(),
    ))
    .unwrap();
    let res = app.send(req).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let error = &res.json()["error"];
    assert_eq!(error["code"], "not_eligible");
    let rules: Vec<&str> = error["refusals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["min_age", "country"]);
    assert_eq!(
        error["refusals"][0]["message"],
        message(lang("bn"), "refusal-min_age", &[("min", 18i64.into())])
    );
    let ok = app
        .send_json(
            Method::POST,
            "/api/affiliates/wikimedia-pakistan/members",
            &who,
            &json!({"age": "19", "country": "PK"}),
        )
        .await;
    assert_eq!(ok.status, StatusCode::CREATED, "{}", ok.body);
    assert_eq!(
        ok.json()["private"]["age"],
        19,
        "the member sees their own answers"
    );
    let bad = app
        .send_json(
            Method::POST,
            "/api/affiliates/wap/members",
            &who,
            &json!({"colour": "red"}),
        )
        .await;
    assert_eq!(bad.error_code(), "invalid_json");
}

/// The Pakistan group with a review step and a question, as its organizer sets them.
async fn pakistan_with_review(app: &TestApp) -> (Browser, Browser) {
    app.add_account("PkOrganizer", "organizer password", false)
        .await;
    app.make_admin("wikimedia-pakistan", "PkOrganizer").await;
    let organizer = app.sign_in("PkOrganizer", "organizer password").await;
    let res = app
        .post_form(
            &format!("{PK}/members/rules"),
            &organizer,
            &[
                ("review", "1"),
                ("allow_institutions", "1"),
                ("min_age", "18"),
                ("countries", "PK"),
                ("institution_countries", "PK"),
                ("lang", "en"),
                ("question.0.id", ""),
                ("question.0.text", "Which wiki do you edit?"),
                ("question.0.required", "1"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let applicant = member(app, "Hamza").await;
    let form = app.get_as(&format!("{PK}/join"), &applicant).await;
    let qid = form
        .body
        .split("name=\"answers.")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .to_string();
    let applied = app
        .post_form(
            &format!("{PK}/join"),
            &applicant,
            &[
                ("age", "42"),
                ("country", "PK"),
                (&format!("answers.{qid}"), "urwiki, pnbwiki"),
            ],
        )
        .await;
    assert_eq!(applied.status, StatusCode::SEE_OTHER, "{}", applied.body);
    assert_eq!(
        applied.header("location"),
        Some("/affiliates/wikimedia-pakistan/members?done=applied")
    );
    (organizer, applicant)
}

#[tokio::test]
async fn applications_wait_for_an_organizer_who_approves_them() {
    let app = TestApp::new().await;
    let (organizer, applicant) = pakistan_with_review(&app).await;
    assert!(
        !app.get(&format!("{PK}/members"))
            .await
            .body
            .contains("<bdi>Hamza</bdi>"),
        "not listed while pending"
    );
    assert!(
        app.get_as(&format!("{PK}/members"), &applicant)
            .await
            .body
            .contains(&esc(&message(Lang::EN, "members-you-applied", &[])))
    );
    let page = app.get_as(&format!("{PK}/members"), &organizer).await;
    assert!(
        page.body.contains("urwiki, pnbwiki") && page.body.contains("<dd dir=\"auto\">42</dd>"),
        "the organizer sees the answers"
    );
    let api = app.api_client("PkOrganizer", "organizer password").await;
    let pending = app
        .get_as("/api/affiliates/wikimedia-pakistan/applications", &api)
        .await
        .json();
    assert_eq!(pending[0]["username"], "Hamza");
    assert_eq!(
        pending[0]["private"]["answers"][0]["answer"],
        "urwiki, pnbwiki"
    );
    let id = pending[0]["id"].as_i64().unwrap();
    let approved = app
        .post_form(
            &format!("{PK}/members/{id}/decision"),
            &organizer,
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER);
    assert!(
        app.get(&format!("{PK}/members"))
            .await
            .body
            .contains("<bdi>Hamza</bdi>")
    );
    let history = app
        .get("/api/affiliates/wikimedia-pakistan/history")
        .await
        .json();
    assert_eq!(history[0]["action"], "member_approved");
    assert_eq!(history[0]["detail"]["member"], "Hamza");
    let again = app
        .post_form(
            &format!("{PK}/members/{id}/decision"),
            &organizer,
            &[("decision", "decline")],
        )
        .await;
    assert_eq!(
        again.status,
        StatusCode::NOT_FOUND,
        "only pending applications are decided"
    );
}

#[tokio::test]
async fn answers_are_shown_only_to_the_member_and_this_groups_organizers() {
    let app = TestApp::new().await;
    let (pk_organizer, applicant) = pakistan_with_review(&app).await;
    let other_member = member(&app, "Bystander").await;
    let other_admin = app.sign_in(AFFILIATE_ADMIN.0, AFFILIATE_ADMIN.1).await;
    let site_admin = app.sign_in(SITE_ADMIN.0, SITE_ADMIN.1).await;
    let anonymous = Browser::default();
    let id = app
        .db()
        .memberships_of(
            app.db()
                .credentials(&sangam_core::account::Username::parse("Hamza").unwrap())
                .await
                .unwrap()
                .unwrap()
                .id,
        )
        .await
        .unwrap()[0]
        .id;
    let secret = "urwiki, pnbwiki";
    let cases: [(&str, &Browser, bool); 6] = [
        ("anonymous", &anonymous, false),
        ("another member", &other_member, false),
        ("another group's admin", &other_admin, false),
        ("site admin", &site_admin, false),
        ("this group's admin", &pk_organizer, true),
        ("the applicant", &applicant, true),
    ];
    for (role, who, may) in cases {
        let page = app.get_as(&format!("{PK}/members"), who).await.body;
        let csv = app.get_as(&format!("{PK}/members.csv"), who).await;
        let api = app
            .get_as(
                &format!("/api/affiliates/wikimedia-pakistan/members/{id}"),
                who,
            )
            .await;
        let apps = app
            .get_as("/api/affiliates/wikimedia-pakistan/applications", who)
            .await;
        let mine = app.get_as("/api/me/memberships", who).await;
        let seen = [&page, &csv.body, &api.body, &apps.body, &mine.body]
            .iter()
            .any(|b| b.contains(secret) || b.contains("\"age\":42"));
        assert_eq!(seen, may, "{role} sees the answers: {seen}");
        match role {
            "this group's admin" => {
                assert!(csv.status == StatusCode::OK && csv.body.contains(",\"42\",\"PK\","))
            }
            "site admin" => {
                assert_eq!(csv.status, StatusCode::OK, "site admins export the list");
                assert!(page.contains(&esc(&message(Lang::EN, "members-answers-hidden", &[]))));
            }
            "anonymous" | "another member" | "another group's admin" => {
                assert!(
                    csv.status == StatusCode::FORBIDDEN || csv.status == StatusCode::UNAUTHORIZED,
                    "{role}: {}",
                    csv.status
                );
                assert_eq!(
                    api.status,
                    StatusCode::NOT_FOUND,
                    "{role} cannot see a pending application"
                );
            }
            _ => {}
        }
    }
}

#[tokio::test]
async fn organizers_give_members_roles_and_the_profile_shows_them() {
    let app = TestApp::new().await;
    let organizer = app.sign_in(AFFILIATE_ADMIN.0, AFFILIATE_ADMIN.1).await;
    let page = app
        .get_as("/affiliates/tajik-wikimedians/members", &organizer)
        .await;
    let id = page
        .body
        .split("<li>")
        .find(|li| li.contains("<bdi>Искандар Ориф</bdi>"))
        .and_then(|li| li.split("/members/").nth(1))
        .and_then(|s| s.split('/').next())
        .unwrap()
        .to_string();
    let res = app
        .post_form(
            &format!("/affiliates/tajik-wikimedians/members/{id}/roles"),
            &organizer,
            &[("role", "board"), ("role", "contact")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let profile = app.get("/affiliates/tajik-wikimedians").await.body;
    let key_people = profile
        .split("<dt>Key people</dt><dd>")
        .nth(1)
        .unwrap()
        .split("</dd>")
        .next()
        .unwrap();
    assert!(
        key_people.contains("<bdi>Искандар Ориф</bdi>"),
        "a board member is a key person"
    );
    let contacts = profile
        .split("<dt>Contact persons</dt><dd>")
        .nth(1)
        .unwrap()
        .split("</dd>")
        .next()
        .unwrap();
    assert!(
        contacts.contains("<bdi>Darafsh</bdi>") && contacts.contains("<bdi>Искандар Ориф</bdi>")
    );
    let api = app.api_client(AFFILIATE_ADMIN.0, AFFILIATE_ADMIN.1).await;
    let roles = app
        .send_json(
            Method::PUT,
            &format!("/api/affiliates/tajik-wikimedians/members/{id}/roles"),
            &api,
            &json!({"roles": ["founder"]}),
        )
        .await;
    assert_eq!(roles.json()["roles"], json!(["founder"]));
    let bad = app
        .send_json(
            Method::PUT,
            &format!("/api/affiliates/tajik-wikimedians/members/{id}/roles"),
            &api,
            &json!({"roles": ["admin"]}),
        )
        .await;
    assert_eq!(
        bad.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "admins are named by site admins, not here"
    );
    let member = member(&app, "Nobody Special").await;
    let denied = app
        .post_form(
            &format!("/affiliates/tajik-wikimedians/members/{id}/roles"),
            &member,
            &[("role", "board")],
        )
        .await;
    assert_eq!(denied.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_member_list_reads_like_the_wiki_and_exports_wikitext_that_reads_back() {
    let app = TestApp::new().await;
    let list = app.get("/affiliates/wap/members?uselang=bn").await.body;
    assert!(list.contains("<a href=\"https://meta.wikimedia.org/wiki/User:Aishik_Rehman\"><bdi>Aishik Rehman</bdi></a> (<a href=\"https://meta.wikimedia.org/wiki/User_talk:Aishik_Rehman\">আলাপ</a>)"));
    assert!(
        list.contains("<time datetime=\"2023-05-07T18:55:00Z\">৭ মে, ২০২৩</time>"),
        "the date in Bengali"
    );
    let by_name = app.get("/affiliates/wap/members?sort=name").await.body;
    assert!(by_name.find("DeloarAkram").unwrap() < by_name.find("Yahya").unwrap());
    let wiki = app.get("/affiliates/tajik-wikimedians/members.wiki").await;
    assert_eq!(
        wiki.header("content-type"),
        Some("text/plain; charset=utf-8")
    );
    assert!(wiki.body.starts_with("# [[User:Mardetanha|Mardetanha]] ([[User talk:Mardetanha|talk]]) 20:24, 8 December 2022 (UTC)\n"));
    assert!(
        wiki.body
            .ends_with("# [[User:VASHGIRD|VASHGIRD]] ([[User talk:VASHGIRD|talk]])\n")
    );
    let back = parse_list(&wiki.body);
    let api = app
        .get("/api/affiliates/tajik-wikimedians/members")
        .await
        .json();
    let listed: Vec<(String, Option<String>)> = api["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["username"].as_str().unwrap().to_string(),
                m["signed_up_at"].as_str().map(String::from),
            )
        })
        .collect();
    let read: Vec<(String, Option<String>)> = back
        .entries
        .iter()
        .map(|e| (e.name.to_string(), e.at.map(|t| t.to_rfc3339())))
        .collect();
    assert_eq!(
        read, listed,
        "the export reads back as the same members and times"
    );
    assert_eq!(
        app.get("/api/affiliates/tajik-wikimedians/members/wikitext")
            .await
            .body,
        wiki.body
    );
}

#[tokio::test]
async fn organizers_import_a_pasted_list_after_a_preview() {
    let app = TestApp::new().await;
    let admin = app.sign_in(SITE_ADMIN.0, SITE_ADMIN.1).await;
    let path = "/affiliates/asia-pacific-hub/members/import";
    let preview = app
        .post_form(path, &admin, &[("text", SEED_004), ("action", "preview")])
        .await;
    assert_eq!(preview.status, StatusCode::OK);
    let skipped = parse_list(SEED_004).skipped;
    let summary = message(
        Lang::EN,
        "import-summary",
        &[
            ("entries", 13i64.into()),
            ("new", 13i64.into()),
            ("problems", 0i64.into()),
            ("skipped", skipped.into()),
        ],
    );
    assert!(preview.body.contains(&esc(&summary)), "{summary}");
    assert_eq!(
        app.get("/api/affiliates/asia-pacific-hub/members")
            .await
            .json()["total"],
        0,
        "a preview imports nothing"
    );
    let applied = app
        .post_form(path, &admin, &[("text", SEED_004), ("action", "apply")])
        .await;
    assert_eq!(applied.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.get("/api/affiliates/asia-pacific-hub/members")
            .await
            .json()["total"],
        13
    );
    let broken = format!(
        "{SEED_004}\n  14. Someone (talk) 10:00, 31 February 2023 (UTC)\n  15. Other (talk) 10:00, 9 J Kouly 2018 (UTC)\n"
    );
    let refused = app
        .post_form(path, &admin, &[("text", &broken), ("action", "apply")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    // The seed has no final line break: the two new lines follow its last line.
    let last = SEED_004.lines().count();
    let (l1, l2) = (
        format!("<td>{}</td>", last + 1),
        format!("<td>{}</td>", last + 2),
    );
    assert!(
        refused.body.contains(&l1) && refused.body.contains(&l2),
        "the lines are named by number"
    );
    assert!(refused.body.contains(&esc(&message(
        Lang::EN,
        "import-problem-impossible_date",
        &[]
    ))));
    assert!(refused.body.contains(&esc(&message(
        Lang::EN,
        "import-problem-unreadable_date",
        &[]
    ))));
    assert_eq!(
        app.get("/api/affiliates/asia-pacific-hub/members")
            .await
            .json()["total"],
        13,
        "nothing partly imported"
    );
    let binary = app
        .post_form(
            path,
            &admin,
            &[("text", "abc\u{0}def"), ("action", "preview")],
        )
        .await;
    assert!(
        binary
            .body
            .contains(&esc(&message(Lang::EN, "field-error-import_binary", &[])))
    );
    let empty = app
        .post_form(path, &admin, &[("text", "  \n "), ("action", "apply")])
        .await;
    assert!(
        empty
            .body
            .contains(&esc(&message(Lang::EN, "field-error-import_empty", &[])))
    );
    // The same through the API.
    let api = app.api_client(SITE_ADMIN.0, SITE_ADMIN.1).await;
    let res = app
        .send_json(
            Method::POST,
            "/api/affiliates/asia-pacific-hub/members/import",
            &api,
            &json!({"text": SEED_000}),
        )
        .await
        .json();
    assert_eq!(res["entries"].as_array().unwrap().len(), 9);
    assert_eq!(res["applied"], false);
    let res = app
        .send_json(
            Method::POST,
            "/api/affiliates/asia-pacific-hub/members/import",
            &api,
            &json!({"text": broken, "apply": true}),
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let member = member(&app, "Curious").await;
    assert_eq!(
        app.get_as(path, &member).await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn an_imported_person_finds_their_membership_when_they_get_an_account() {
    let app = TestApp::new().await;
    app.add_account("Erokhin", "erokhin's password", false)
        .await;
    let api = app.api_client("Erokhin", "erokhin's password").await;
    let mine = app.get_as("/api/me/memberships", &api).await.json();
    assert_eq!(mine[0]["affiliate"], "tajik-wikimedians");
    assert_eq!(mine[0]["imported"], true);
    assert_eq!(
        mine[0]["signed_up_at"], "2023-04-02T12:28:00Z",
        "the date of the signature on the old list"
    );
}

#[tokio::test]
async fn membership_rules_are_checked_and_public() {
    let app = TestApp::new().await;
    let rules = app
        .get("/api/affiliates/wikimedia-pakistan/membership-rules")
        .await
        .json();
    assert_eq!(rules["min_age"], 18);
    assert_eq!(rules["countries"], json!(["PK"]));
    assert_eq!(rules["institution_countries"], json!(["PK"]));
    let api = app.api_client(SITE_ADMIN.0, SITE_ADMIN.1).await;
    let bad = app
        .send_json(
            Method::PUT,
            "/api/affiliates/wikimedia-pakistan/membership-rules",
            &api,
            &json!({"min_age": "abc", "countries": ["XX"]}),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = bad.json();
    let fields: Vec<&str> = body["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["min_age", "countries"]);
    assert_eq!(
        app.get("/api/affiliates/wikimedia-pakistan/membership-rules")
            .await
            .json()["min_age"],
        18,
        "unchanged"
    );
    let member = app.api_client(AFFILIATE_ADMIN.0, AFFILIATE_ADMIN.1).await;
    let denied = app
        .send_json(
            Method::PUT,
            "/api/affiliates/wikimedia-pakistan/membership-rules",
            &member,
            &json!({}),
        )
        .await;
    assert_eq!(
        denied.status,
        StatusCode::FORBIDDEN,
        "another group's admin"
    );
}
