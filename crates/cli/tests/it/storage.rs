//! Storage behaves the same on SQLite and PostgreSQL: every case runs on both.

use sangam_app::demo;
use sangam_core::Timestamp;
use sangam_core::account::{AffiliateId, Username};
use sangam_core::affiliate::{AffiliateDraft, GoalDraft, apply};
use sangam_core::error::Error;
use sangam_core::secret;
use sangam_core::throttle::PER_ACCOUNT;
use sangam_db::Db;
use sangam_db::users::{NewAccount, SessionLookup};

use crate::both_backends;
use crate::support::{TEST_HASH, TestDb};

const NOW: Timestamp = Timestamp(1_700_000_000);

fn account(name: &str) -> NewAccount {
    NewAccount {
        username: Username::parse(name).unwrap(),
        email: Some("x@example.org".into()),
        password_hash: secret::hash_password("long enough password", TEST_HASH).unwrap(),
        is_site_admin: false,
        preferred_lang: Some("tg".into()),
    }
}

both_backends!(migrations_apply_once_and_then_do_nothing, async |db: Db| {
    assert!(
        db.migrate().await.unwrap().is_empty(),
        "the test database is already migrated"
    );
    assert_eq!(db.generation().await.unwrap(), 0);
});

both_backends!(
    an_account_is_unique_and_a_known_person_can_claim_it,
    async |db: Db| {
        let id = db
            .create_account(&account("Искандар Ориф"), NOW)
            .await
            .unwrap();
        assert!(matches!(
            db.create_account(&account("Искандар Ориф"), NOW).await,
            Err(Error::Conflict("account_exists"))
        ));
        let a = db.account(id).await.unwrap().unwrap();
        assert_eq!(a.username.as_str(), "Искандар Ориф");
        assert_eq!(a.preferred_lang.as_deref(), Some("tg"));
        // A person named on a profile has no password until they create an account.
        demo::load(&db, TEST_HASH, NOW).await.unwrap();
        let darafsh = db
            .credentials(&Username::parse("Darafsh").unwrap())
            .await
            .unwrap()
            .unwrap();
        assert!(darafsh.password_hash.is_none());
        let claimed = db.create_account(&account("Darafsh"), NOW).await.unwrap();
        assert_eq!(claimed, darafsh.id, "the same person, now with an account");
    }
);

both_backends!(sessions_are_found_by_token_and_expire, async |db: Db| {
    let id = db.create_account(&account("Yahya"), NOW).await.unwrap();
    let (token, csrf) = db.create_session(id, "web", 3600, NOW).await.unwrap();
    match db.session(&token, "web", NOW.plus(10)).await.unwrap() {
        SessionLookup::Valid {
            account,
            csrf_token,
            ..
        } => {
            assert_eq!(account.id, id);
            assert_eq!(csrf_token, csrf);
        }
        other => panic!("{other:?}"),
    }
    assert!(
        matches!(
            db.session(&token, "api", NOW).await.unwrap(),
            SessionLookup::Unknown
        ),
        "kinds are separate"
    );
    assert!(matches!(
        db.session(&token, "web", NOW.plus(3600)).await.unwrap(),
        SessionLookup::Expired
    ));
    assert!(matches!(
        db.session("forged", "web", NOW).await.unwrap(),
        SessionLookup::Unknown
    ));
    db.end_session(&token).await.unwrap();
    assert!(matches!(
        db.session(&token, "web", NOW).await.unwrap(),
        SessionLookup::Unknown
    ));
});

both_backends!(failed_sign_ins_are_counted_atomically, async |db: Db| {
    for i in 1..=6 {
        let s = db
            .record_failure("user:Yahya", &PER_ACCOUNT, NOW)
            .await
            .unwrap();
        assert_eq!(s.failures, i);
    }
    let s = db.throttle_state("user:Yahya").await.unwrap().unwrap();
    assert_eq!(PER_ACCOUNT.check(Some(&s), NOW), Err(60));
    db.clear_throttle("user:Yahya").await.unwrap();
    assert!(db.throttle_state("user:Yahya").await.unwrap().is_none());
});

both_backends!(a_profile_comes_back_exactly_as_stored, async |db: Db| {
    let draft = demo::wap();
    let new = apply(None, draft.validate(true).unwrap(), NOW).unwrap();
    let stored = db.create_affiliate(&new, None, NOW).await.unwrap();
    assert!(stored.id > AffiliateId(0));
    assert_eq!(stored.version, 1);
    let loaded = db.affiliate("wap").await.unwrap().unwrap();
    let mut expected = new.clone();
    expected.id = loaded.id;
    expected.version = 1;
    assert_eq!(loaded, expected);
    assert_eq!(loaded.goals.len(), 5);
    assert_eq!(loaded.regions.len(), 44);
    assert_eq!(db.affiliates().await.unwrap(), vec![loaded]);
});

both_backends!(
    a_translation_edit_keeps_the_source_and_goal_texts_keep_their_ids,
    async |db: Db| {
        demo::load(&db, TEST_HASH, NOW).await.unwrap();
        let a = db.affiliate("tajik-wikimedians").await.unwrap().unwrap();
        let edit = AffiliateDraft {
            lang: Some("tg".into()),
            motto: Some("Дониш барои ҳама".into()),
            goals: Some(vec![
                GoalDraft {
                    heading: "Мақсадҳо".into(),
                    body: "* Тарғиби лоиҳаҳои Викимедиа".into(),
                },
                GoalDraft {
                    heading: String::new(),
                    body: String::new(),
                },
            ]),
            ..Default::default()
        };
        let new = apply(Some(a.clone()), edit.validate(false).unwrap(), NOW.plus(5)).unwrap();
        let saved = db
            .update_affiliate(&a, &new, None, NOW.plus(5))
            .await
            .unwrap();
        assert_eq!(saved.version, a.version + 1);
        assert_eq!(saved.goals.len(), 2, "the untranslated goal stays");
        assert_eq!(saved.goals[0].heading.source(), "Objectives");
        assert_eq!(saved.goals[0].heading.exact("tg"), Some("Мақсадҳо"));
        assert_eq!(saved.motto.as_ref().unwrap().source_lang.as_str(), "tg");
        let history = db.history(a.id).await.unwrap();
        assert_eq!(history[0].action, "updated");
        assert_eq!(
            history[0].detail["fields"],
            serde_json::json!(["motto", "goals"])
        );
    }
);

both_backends!(
    an_edit_made_from_an_old_version_is_refused,
    async |db: Db| {
        demo::load(&db, TEST_HASH, NOW).await.unwrap();
        let a = db.affiliate("tajik-wikimedians").await.unwrap().unwrap();
        let first = apply(
            Some(a.clone()),
            AffiliateDraft {
                location: Some("Dushanbe".into()),
                ..Default::default()
            }
            .validate(false)
            .unwrap(),
            NOW,
        )
        .unwrap();
        db.update_affiliate(&a, &first, None, NOW).await.unwrap();
        let second = apply(
            Some(a.clone()),
            AffiliateDraft {
                location: Some("Khujand".into()),
                ..Default::default()
            }
            .validate(false)
            .unwrap(),
            NOW,
        )
        .unwrap();
        assert!(matches!(
            db.update_affiliate(&a, &second, None, NOW).await,
            Err(Error::Conflict("edited_meanwhile"))
        ));
        assert_eq!(
            db.affiliate("tajik-wikimedians")
                .await
                .unwrap()
                .unwrap()
                .location
                .as_deref(),
            Some("Dushanbe")
        );
    }
);

both_backends!(
    a_taken_slug_is_a_field_error_and_saves_nothing,
    async |db: Db| {
        demo::load(&db, TEST_HASH, NOW).await.unwrap();
        let before = db.export().await.unwrap();
        let mut copy = demo::tajik();
        copy.name = Some("Another group".into());
        let new = apply(None, copy.validate(true).unwrap(), NOW).unwrap();
        match db.create_affiliate(&new, None, NOW).await {
            Err(Error::Validation(e)) => {
                assert_eq!(e.for_field("slug").unwrap().code, "slug_taken")
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(db.export().await.unwrap(), before, "nothing was saved");
    }
);

both_backends!(
    two_edits_from_the_same_version_never_both_land,
    async |db: Db| {
        // Two organizers save the same profile at the same moment, both from the version
        // they loaded: exactly one edit lands, the other is refused, nothing is lost in
        // silence. On PostgreSQL the two run on two connections at once.
        demo::load(&db, TEST_HASH, NOW).await.unwrap();
        for round in 0..12 {
            let current = db.affiliate("tajik-wikimedians").await.unwrap().unwrap();
            let edit = |motto: String| {
                apply(
                    Some(current.clone()),
                    AffiliateDraft {
                        motto: Some(motto),
                        ..Default::default()
                    }
                    .validate(false)
                    .unwrap(),
                    NOW,
                )
                .unwrap()
            };
            let (a, b) = (
                edit(format!("first {round}")),
                edit(format!("second {round}")),
            );
            let (ra, rb) = tokio::join!(
                db.update_affiliate(&current, &a, None, NOW),
                db.update_affiliate(&current, &b, None, NOW)
            );
            let landed: Vec<&str> = [(&ra, "first"), (&rb, "second")]
                .iter()
                .filter(|(r, _)| r.is_ok())
                .map(|(_, which)| *which)
                .collect();
            assert_eq!(landed.len(), 1, "round {round}: {ra:?} / {rb:?}");
            for r in [&ra, &rb] {
                if let Err(e) = r {
                    assert!(matches!(e, Error::Conflict("edited_meanwhile")), "{e:?}");
                }
            }
            let stored = db.affiliate("tajik-wikimedians").await.unwrap().unwrap();
            assert_eq!(stored.version, current.version + 1, "round {round}");
            let motto = stored.motto.unwrap();
            assert_eq!(
                motto.pick(&["en"]).0,
                format!("{} {round}", landed[0]),
                "the edit that landed is the one stored"
            );
        }
    }
);

both_backends!(the_demo_loads_the_seed_affiliates_once, async |db: Db| {
    assert_eq!(
        demo::load(&db, TEST_HASH, NOW).await.unwrap(),
        demo::DemoOutcome::Loaded
    );
    assert_eq!(
        demo::load(&db, TEST_HASH, NOW).await.unwrap(),
        demo::DemoOutcome::AlreadyPresent
    );
    let all = db.affiliates().await.unwrap();
    let slugs: Vec<&str> = all.iter().map(|a| a.slug.as_str()).collect();
    assert_eq!(
        slugs,
        [
            "wap",
            "wikimedia-pakistan",
            "tajik-wikimedians",
            "asia-pacific-hub"
        ]
    );
    let pk = db.affiliate("wikimedia-pakistan").await.unwrap().unwrap();
    assert_eq!(pk.status.as_str(), "expired");
    let history = db.history(pk.id).await.unwrap();
    let notice = history.iter().find(|e| e.action == "notice").unwrap();
    assert_eq!(notice.action, "notice");
    assert_eq!(notice.at, demo::PAKISTAN_NOTICE_AT);
    assert_eq!(notice.actor.as_ref().unwrap().as_str(), "JAnstee (WMF)");
    let hub = db.affiliate("asia-pacific-hub").await.unwrap().unwrap();
    let members: Vec<AffiliateId> = db
        .hub_memberships()
        .await
        .unwrap()
        .into_iter()
        .filter(|(h, _)| *h == hub.id)
        .map(|(_, m)| m)
        .collect();
    assert_eq!(members.len(), 3);
});

both_backends!(
    export_then_import_into_an_empty_database_gives_the_same_document,
    async |db: Db| {
        demo::load(&db, TEST_HASH, NOW).await.unwrap();
        let doc = db.export().await.unwrap();
        let fresh = TestDb::sqlite().await;
        fresh.db.import(&doc).await.unwrap();
        assert_eq!(fresh.db.export().await.unwrap(), doc, "through SQLite");
        if let Some(pg) = TestDb::postgres("export_import::through_postgres").await {
            pg.db.import(&doc).await.unwrap();
            assert_eq!(pg.db.export().await.unwrap(), doc, "through PostgreSQL");
            // Imported ids must not collide with new rows.
            let d = AffiliateDraft {
                slug: Some("new-hub".into()),
                name: Some("New".into()),
                ..demo::hub()
            };
            let new = apply(None, d.validate(true).unwrap(), NOW).unwrap();
            pg.db.create_affiliate(&new, None, NOW).await.unwrap();
            pg.finish().await;
        }
        fresh.finish().await;
    }
);

both_backends!(
    import_refuses_a_database_that_is_not_empty_and_a_broken_document,
    async |db: Db| {
        demo::load(&db, TEST_HASH, NOW).await.unwrap();
        let doc = db.export().await.unwrap();
        assert!(
            db.import(&doc).await.is_err(),
            "not into a database with data"
        );
        let fresh = TestDb::sqlite().await;
        let mut broken = doc.clone();
        broken["tables"]["history"][0]["at"] = serde_json::json!("yesterday");
        assert!(fresh.db.import(&broken).await.is_err());
        assert!(
            fresh.db.affiliates().await.unwrap().is_empty(),
            "a failed import leaves nothing behind"
        );
        let mut wrong = doc.clone();
        wrong["schema_version"] = serde_json::json!(99);
        assert!(fresh.db.import(&wrong).await.is_err());
        fresh.finish().await;
    }
);

both_backends!(the_export_covers_every_table_of_record, async |db: Db| {
    let mut tables = db.table_names().await.unwrap();
    tables.retain(|t| !sangam_db::export::NOT_EXPORTED.contains(&t.as_str()));
    tables.sort();
    let mut exported: Vec<String> = sangam_db::export::exported_tables()
        .into_iter()
        .map(String::from)
        .collect();
    exported.sort();
    assert_eq!(tables, exported);
});

both_backends!(every_change_moves_the_cache_generation, async |db: Db| {
    let g0 = db.generation().await.unwrap();
    demo::load(&db, TEST_HASH, NOW).await.unwrap();
    let g1 = db.generation().await.unwrap();
    assert!(g1 > g0);
    let a = db.affiliate("wap").await.unwrap().unwrap();
    let new = apply(
        Some(a.clone()),
        AffiliateDraft {
            location: Some("Dhaka".into()),
            ..Default::default()
        }
        .validate(false)
        .unwrap(),
        NOW,
    )
    .unwrap();
    db.update_affiliate(&a, &new, None, NOW).await.unwrap();
    assert!(db.generation().await.unwrap() > g1);
});

both_backends!(
    an_interrupted_demo_load_completes_when_run_again,
    async |db: Db| {
        // As if a first load stopped after the first affiliate.
        let wap = apply(None, demo::wap().validate(true).unwrap(), NOW).unwrap();
        db.create_affiliate(&wap, None, NOW).await.unwrap();
        assert_eq!(
            demo::load(&db, TEST_HASH, NOW).await.unwrap(),
            demo::DemoOutcome::Loaded
        );
        assert_eq!(db.affiliates().await.unwrap().len(), 4);
        let wap = db.affiliate("wap").await.unwrap().unwrap();
        assert!(
            wap.name.exact("bn").is_some(),
            "the missing name translations were added"
        );
        let before = db.export().await.unwrap();
        assert_eq!(
            demo::load(&db, TEST_HASH, NOW).await.unwrap(),
            demo::DemoOutcome::AlreadyPresent
        );
        assert_eq!(
            db.export().await.unwrap(),
            before,
            "a complete demo is left alone"
        );
    }
);
