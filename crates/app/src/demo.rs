//! The demo data: the three affiliates of the seed pages (fixtures/seeds/000, 001, 004) with
//! their names, dates and texts exactly as the pages give them, a regional hub for them, a
//! site admin and an affiliate admin. Where a seed page does not say something (a region
//! list, a hub), the value is marked here as added for the demo.

use sangam_core::account::Username;
use sangam_core::affiliate::{AffiliateDraft, GoalDraft, apply};
use sangam_core::event::EventDraft;
use sangam_core::text::LangTag;
use sangam_core::{Error, Timestamp, secret};

use sangam_core::id::EventId;
use sangam_db::Db;
use sangam_db::users::NewAccount;

pub const SITE_ADMIN: (&str, &str) = ("SiteAdmin", "sangam-site-admin");
pub const AFFILIATE_ADMIN: (&str, &str) = ("TajikOrganizer", "sangam-organizer");
/// A made-up applicant of the demo's scholarship round, to sign in as and see one's own
/// decision, scores and the cut-off.
pub const APPLICANT: (&str, &str) = ("DemoApplicant", "sangam-applicant");
pub const WAP: &str = "wap";
pub const PAKISTAN: &str = "wikimedia-pakistan";
pub const TAJIK: &str = "tajik-wikimedians";
pub const HUB: &str = "asia-pacific-hub";

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

fn list(v: &[&str]) -> Option<Vec<String>> {
    Some(v.iter().map(|x| x.to_string()).collect())
}

fn goal(heading: &str, body: &str) -> GoalDraft {
    GoalDraft {
        heading: heading.into(),
        body: body.into(),
    }
}

/// Seed 000: Wikimedians of the Asia Pacific User Group.
pub fn wap() -> AffiliateDraft {
    AffiliateDraft {
        slug: s(WAP),
        kind: s("user_group"),
        status: s("active"),
        lang: s("en"),
        name: s("Wikimedians of the Asia Pacific User Group"),
        motto: s("Bridging cultures, sharing knowledge"),
        mission: s(
            "Wikimedians of the Asia Pacific User Group is a community of passionate volunteers committed to preserving and promoting the diverse cultural heritage of Asia and the Pacific region. Our mission is to save endangered or tribal languages, cultures, folklore, and other traditional knowledge of Asia-Pacific through Wikimedia projects such as Wikipedia, Wikimedia Commons, and Wikidata.\n\nAs a user group, we strive to build regional connections and support local or national Wikimedia communities across Asia and the Asia-Pacific. Through collaboration, advocacy, and knowledge-sharing, we aim to empower local Wikimedia communities to better serve their respective regions, and promote the values of free knowledge, open access, and community engagement.\n\nOur work is guided by a commitment to cultural diversity, multilingualism, and local relevance. By working together, we can help to preserve and celebrate the rich cultural heritage of Asia and the Asia-Pacific for generations to come.",
        ),
        membership_policy: s(
            "WAP offers open membership to active contributors of Wikimedia projects or participants in an organization whose mission aligns with it. Everyone interested in joining us is highly welcome!",
        ),
        goals: Some(vec![
            goal(
                "Promoting Asian Languages and Cultures through Wikimedia Projects",
                "WAP is dedicated to preserving and promoting the languages and cultures of the Asia-Pacific region through Wikimedia projects. By supporting language-specific initiatives, translation efforts, and the preservation of indigenous knowledge, WAP aims to ensure the representation of diverse languages and cultural heritage. Through the localization and expansion of Wikimedia projects in regional languages, WAP facilitates the creation of quality content and the documentation of local knowledge, fostering a platform that reflects the richness and diversity of Asian languages and cultures.",
            ),
            goal(
                "Strengthening Collaboration in the Asia-Pacific Wikimedia Community",
                "WAP promotes collaboration and partnerships among diverse Wikimedia communities in the Asia-Pacific region. Through fostering connections between communities and facilitating knowledge sharing, WAP aims to enhance the availability of diverse content and strengthen the community of Wikimedia contributors. By organizing meetups, conferences, and online discussions, WAP encourages networking and collaboration, fostering cross-cultural understanding and regional initiatives. WAP also facilitates coordination and support among Wikimedia chapters, user groups, and individual contributors, promoting best practices and joint projects for a vibrant Asia-Pacific Wikimedia community.",
            ),
            goal(
                "Empowering Underrepresented Communities in Asia-Pacific",
                "WAP is dedicated to empowering underrepresented communities in the Asia-Pacific region by providing resources, training, and mentorship. Serving as a representative organization in areas where no local chapter or user group exists, WAP aims to bridge the digital divide and amplify voices that are often unheard. By fostering collaboration, offering support, and facilitating community building efforts, WAP strives to uplift underrepresented communities across the region. Through comprehensive training programs, access to resources, and mentorship initiatives, WAP empowers individuals and communities to enhance their skills in content creation, editing, technical development, and community leadership. Additionally, WAP focuses on enriching small wikis of Asian languages, ensuring their growth and sustainability.",
            ),
            goal(
                "Enhancing Accessibility and Advocacy",
                "WAP is dedicated to enhancing accessibility and promoting practical use of Wikimedia projects. Through initiatives like integrating Wikipedia into classrooms and fostering partnerships with educational institutions, WAP strives to increase public participation and support for Wikimedia initiatives. With a focus on open knowledge, free access to information, and advocacy efforts, WAP aims to amplify the value and impact of Wikimedia projects in the Asia-Pacific region.",
            ),
            goal(
                "Enhancing Technical Support for Asian Languages",
                "Addressing language obstacles in Asian language Wikimedia communities, we aim to improve the writing, reading, and rendering experience of Asian scripts. Our focus is on localizing existing tools, developing new tools and scripts, and providing seamless technical support. With a vision for the future, we aspire to establish a dedicated technical support team to cater to the unique needs of Asian language Wikimedians.",
            ),
        ]),
        // The seed shows a "Proposed logo" without its file name; the Wikimedia community
        // logo stands in for it.
        logo: s("Wikimedia Community Logo.svg"),
        // Added for the demo: the seed's region maps are images; these are the countries
        // of Asia and the Pacific they cover.
        regions: list(&[
            "AF", "BD", "BT", "IN", "MV", "NP", "PK", "LK", "BN", "KH", "ID", "LA", "MY", "MM",
            "PH", "SG", "TH", "TL", "VN", "CN", "JP", "KP", "KR", "MN", "TW", "KZ", "KG", "TJ",
            "TM", "UZ", "AU", "FJ", "KI", "MH", "FM", "NR", "NZ", "PG", "PW", "WS", "SB", "TO",
            "TV", "VU",
        ]),
        // English, and the two languages the seed page is translated into.
        languages: list(&["en", "bn", "hi"]),
        // The preliminary meeting (22 May 2023) and founding board (23 May 2023).
        founded: s("2023-05"),
        founders: list(&["Aishik Rehman"]),
        board: list(&["Aishik Rehman", "Muhammad Yahya", "Shakil Hosen"]),
        ..Default::default()
    }
}

/// Seed 001: Wikimedia Community User Group Pakistan, expired for a missed annual report.
pub fn pakistan() -> AffiliateDraft {
    AffiliateDraft {
        slug: s(PAKISTAN),
        kind: s("user_group"),
        status: s("expired"),
        agreement_start: s(PAKISTAN_AGREEMENT.0),
        agreement_end: s(PAKISTAN_AGREEMENT.1),
        lang: s("en"),
        name: s("Wikimedia Community User Group Pakistan"),
        mission: s(
            "Wikimedia Community User Group Pakistan is an officially recognised Wikimedia user group for Wikimedians living in, or connected to Pakistan.\n\nAs an official Wikimedia affiliate, we support the goals of the Wikimedia Foundation, including the work of volunteers on Wikimedia projects as well as numerous other free knowledge initiatives. Our aim is to support, promote, and educate the general Pakistani public about the availability and use of free and open educational content, which includes the ability to access, develop and contribute to Wikimedia projects.",
        ),
        goals: Some(vec![goal(
            "Objectives",
            "The main objectives of the affiliate are to;\n\n* organise public outreach activities on a national level,\n* act as a hub for Pakistani Wikimedians,\n* collaborate with the wider international Wikimedia community,\n* promote Wikipedia and various Pakistani language Wikimedia projects throughout Pakistan, and\n* act as a voice and representative for the Pakistani Wikimedia community\n\nTo achieve these objectives, the User Group will organize and arrange various competitions, drives, and meet-ups both on- and off-wiki. Our goal is to set the foundation for a Wikimedia Pakistan chapter.",
        )]),
        membership_policy: s(
            "Membership is open to Pakistani citizens (aged 18 years and above) and Institutions registered in Pakistan.",
        ),
        logo: s("Wikimedia Community Logo.svg"),
        country: s("PK"),
        regions: list(&["PK"]),
        // The seed lists the page's translations (English, español, 日本語, سنڌي, اردو);
        // the group's own languages are taken to be English and Urdu.
        languages: list(&["en", "ur"]),
        ..Default::default()
    }
}

/// The notice of seed 001, as its history keeps it.
pub const PAKISTAN_NOTICE: &str = "Notification of User Group Expiration. This is a notification to bring to your attention that your organization is currently past due on its required annual reporting. and has expired. Wikimedia User Groups are required to submit an annual activity report covering the entirety of the 12-month agreement period in order to prompt review for a renewal. If we do not hear from you or receive this reporting on the reports page within the next 30 days, your group's name and logo will be removed from the affiliates page and your information and page link will be migrated to the Formerly Active Affiliates page rather.";
pub const PAKISTAN_NOTICE_BY: &str = "JAnstee (WMF)";
/// 00:00, 15 July 2016 (UTC), the notice's signature.
pub const PAKISTAN_NOTICE_AT: Timestamp = Timestamp(1_468_540_800);

/// Seed 004: Tajik Wikimedians User Group.
pub fn tajik() -> AffiliateDraft {
    AffiliateDraft {
        slug: s(TAJIK),
        kind: s("user_group"),
        status: s("active"),
        lang: s("en"),
        name: s("Tajik Wikimedians User Group"),
        mission: s(
            "The Tajik Wikimedians User Group is a voluntary group dedicated to enriching Wikipedia, and other Wikimedia projects, in Tajikistan. The Tajik Wikimedians User Group helps various periodic activities to enrich Tajik Wikipedia and spread free knowledge, such as educational lectures, training and editing workshops, and essay writing competitions. We also work with libraries, museums, research centres, and various other parties interested in enriching Tajiki content on the Internet.",
        ),
        goals: Some(vec![
            goal(
                "Objectives",
                "* Promotion of Wikimedia projects and free content in general. To encourage the use of Wikimedia resources in education (at cultural centres, associations and universities);\n* Outreach work in schools, universities and by social media to tell people about Wikipedia and other Wikimedia projects;\n* Edit-a-thons to help Wikipedians/Wikimedians to enrich content;\n* Participation in different cultural events;\n* Photography trips and upload-a-thons to teach users how to upload images to Commons and how to use them.",
            ),
            goal(
                "Proposed Activities",
                "* Organising Thematic Wikimedia Projects that include Edit-a-thons, Workshops and Photowalks in Tajikistan\n* Training more youth in Tajikistan on how to contribute to Wikipedia and champion Free Knowledge\n* Celebrating the 20th birthday of Wikipedia in Dushanbe, Tajikistan\n* Participating in #1Lib1Ref campaign\n* Being a member of Wikipedia Asian Month and participating in",
            ),
        ]),
        membership_policy: s("Everyone interested in joining us is highly welcome!"),
        logo: s("Wikimedia Community Logo.svg"),
        country: s("TJ"),
        regions: list(&["TJ"]),
        languages: list(&["tg"]),
        founded: s("2022"),
        email: s("Darafsh@hotmail.com"),
        contacts: list(&["Darafsh"]),
        admins: list(&[AFFILIATE_ADMIN.0]),
        ..Default::default()
    }
}

/// Added for the demo: a regional hub that brings the three seed affiliates together.
pub fn hub() -> AffiliateDraft {
    AffiliateDraft {
        slug: s(HUB),
        kind: s("hub"),
        status: s("active"),
        lang: s("en"),
        name: s("Asia Pacific Regional Hub"),
        mission: s(
            "A regional hub for the Wikimedia affiliates of Asia and the Pacific: it brings user groups and chapters of the region together to share knowledge, plan joint campaigns and support communities where no affiliate exists yet.\n\nIn this demonstration it groups the three affiliates of Sangam's seed pages.",
        ),
        languages: list(&["en"]),
        ..Default::default()
    }
}

/// Translations of names added for the demo, so the directory shows names in other
/// languages as seed 000's page does ("Other languages: Bengali, Hindi").
const NAME_TRANSLATIONS: &[(&str, &str, &str)] = &[
    (WAP, "bn", "উইকিমিডিয়ানস অব দ্য এশিয়া প্যাসিফিক ব্যবহারকারী দল"),
    (WAP, "hi", "एशिया प्रशांत के विकिमीडियन सदस्य समूह"),
    (TAJIK, "tg", "Гурӯҳи корбарони Викимедиаи тоҷик"),
    (TAJIK, "ru", "Группа участников Викимедиа Таджикистана"),
    (PAKISTAN, "ur", "ویکیمیڈیا کمیونٹی یوزر گروپ پاکستان"),
];

/// The sign-up list of seed 000 (Wikimedians of the Asia Pacific User Group), as the page
/// shows it.
pub const WAP_SIGNUPS: &str = "  1. Aishik Rehman (talk) 18:55, 7 May 2023 (UTC)[reply]
  2. Yahya (talkcontribs.) 13:59, 8 May 2023 (UTC)[reply]
  3. Farhan  «Talk» 14:41, 20 May 2023 (UTC)[reply]
  4. -J. Ansari Talk 16:06, 20 May 2023 (UTC)[reply]
  5. MdsShakil (talk) 16:38, 20 May 2023 (UTC)[reply]
  6. -- कन्हाई प्रसाद चौरसिया (talk) 04:13, 21 May 2023 (UTC)[reply]
  7. MS Sakib  «TalK» 16:00, 22 May 2023 (UTC)[reply]
  8. SHEIKH (Talk) 16:04, 22 May 2023 (UTC)[reply]
  9. ~~ DeloarAkram (talk) 12:53, 7 December 2023 (UTC)[reply]
";

/// The sign-up list of seed 004 (Tajik Wikimedians User Group), as the page shows it.
pub const TAJIK_SIGNUPS: &str = "  1. Darafsh Kaviyani (Talk)
  2. --Mardetanha (talk) 20:24, 8 December 2022 (UTC)Reply[reply]
  3. VASHGIRD (talk)
  4. --Нурмуҳаммад Шамс (talk) 04:16, 9 December 2022 (UTC)Reply[reply]
  5. Jaloliddin Madaminov (talk) 04:27, 9 December 2022 (UTC).Reply[reply]
  6. Искандар Ориф (talk) 05:00, 9 December 2022 (UTC)Reply[reply]
  7. Yoonoos.tj (talk) 09:12, 9 December 2022 (UTC)Reply[reply]
  8. Farorud (talk) 11:13, 9 December 2022 (UTC)Reply[reply]
  9. Omid Jeyhani (-- 12:08, 9 December 2022 (UTC))Reply[reply]
  10. TITANTJ (talk) 07:23, 10 December 2022 (UTC)Reply[reply]
  11. Kagansky (talk) 15:54, 17 February 2023 (UTC)Reply[reply]
  12. Erokhin (talk) 12:28, 2 April 2023 (UTC)Reply[reply]
  13. Daniel Mietchen (talk) 20:02, 26 April 2023 (UTC)Reply[reply]
";

/// Seed 001's terms: "Membership is open to Pakistani citizens (aged 18 years and above)
/// and Institutions registered in Pakistan."
pub fn pakistan_rules() -> sangam_core::membership::RulesDraft {
    sangam_core::membership::RulesDraft {
        min_age: Some("18".into()),
        countries: vec!["PK".into()],
        allow_institutions: true,
        institution_countries: vec!["PK".into()],
        ..Default::default()
    }
}

/// The activities calendar of seed 000 (2023), as its items read, each an event of whole
/// days in Asia/Dhaka; items given only under their month cover the month. Whether each is
/// done follows from the dates.
pub const WAP_CALENDAR: &[(&str, &str, &str, &str)] = &[
    (
        "2023-02-01",
        "2023-03-31",
        "contest",
        "Wiki Loves Folklore in Bangladesh 2023",
    ),
    (
        "2023-02-01",
        "2023-04-15",
        "edit-a-thon",
        "Feminism and Folklore edit-a-thon 2023 in Bengali Wikipedia",
    ),
    (
        "2023-05-22",
        "2023-05-22",
        "meetup",
        "Hold a preliminary meeting on WAP to discuss the official establishment of the user group.",
    ),
    (
        "2023-05-23",
        "2023-05-23",
        "meetup",
        "Form a founding board comprising dedicated individuals who will oversee the operations of WAP for a period of two years.",
    ),
    (
        "2023-05-24",
        "2023-05-24",
        "other",
        "Submit an application for official recognition to Affcom.",
    ),
    (
        "2023-07-01",
        "2023-07-31",
        "campaign",
        "Organize Wiki Loves Women (+children) Asia 2023, building upon the success of Wiki Loves Women South Asia 2021, across all Asia-Pacific language Wikipedia communities.",
    ),
    (
        "2023-08-01",
        "2023-08-15",
        "campaign",
        "Organize Wiki Loves Children 2023",
    ),
    (
        "2023-08-16",
        "2023-08-30",
        "campaign",
        "Organize Wikiquote #SheSaid 2023",
    ),
    (
        "2023-09-07",
        "2023-09-28",
        "conference",
        "\"WikiSync Asia-Pacific\"",
    ),
    (
        "2023-09-01",
        "2023-09-30",
        "contest",
        "Wiki Loves Monuments in 2023 on Asia",
    ),
    (
        "2023-11-01",
        "2023-11-30",
        "contest",
        "Wikipedia Asian Month 2023 on bnwiki",
    ),
];

/// The recurring campaigns the seed pages name.
pub const CAMPAIGNS: &[(&str, &str)] = &[
    ("wiki-loves-folklore", "Wiki Loves Folklore"),
    ("feminism-and-folklore", "Feminism and Folklore"),
    ("wiki-loves-women", "Wiki Loves Women"),
    ("wiki-loves-monuments", "Wiki Loves Monuments"),
    ("wikipedia-asian-month", "Wikipedia Asian Month"),
    ("1lib1ref", "#1Lib1Ref"),
];

/// Which items of the WAP calendar are editions of which campaign.
const WAP_EDITIONS: &[(&str, &str)] = &[
    (
        "Wiki Loves Folklore in Bangladesh 2023",
        "wiki-loves-folklore",
    ),
    (
        "Feminism and Folklore edit-a-thon 2023 in Bengali Wikipedia",
        "feminism-and-folklore",
    ),
    (
        "Organize Wiki Loves Women (+children) Asia 2023, building upon the success of Wiki Loves Women South Asia 2021, across all Asia-Pacific language Wikipedia communities.",
        "wiki-loves-women",
    ),
    (
        "Wiki Loves Monuments in 2023 on Asia",
        "wiki-loves-monuments",
    ),
    (
        "Wikipedia Asian Month 2023 on bnwiki",
        "wikipedia-asian-month",
    ),
];

/// Seed 004's "Proposed Activities", as written, without dates (the page gives none):
/// (title, kind, mode, place, campaign).
pub const TAJIK_PROPOSED: &[(&str, &str, &str, &str, Option<&str>)] = &[
    (
        "Organising Thematic Wikimedia Projects that include Edit-a-thons, Workshops and Photowalks in Tajikistan",
        "campaign",
        "in-person",
        "Tajikistan",
        None,
    ),
    (
        "Training more youth in Tajikistan on how to contribute to Wikipedia and champion Free Knowledge",
        "training",
        "in-person",
        "Tajikistan",
        None,
    ),
    (
        "Celebrating the 20th birthday of Wikipedia in Dushanbe, Tajikistan",
        "meetup",
        "in-person",
        "Dushanbe, Tajikistan",
        None,
    ),
    (
        "Participating in #1Lib1Ref campaign",
        "campaign",
        "online",
        "",
        Some("1lib1ref"),
    ),
    (
        "Being a member of Wikipedia Asian Month and participating in",
        "contest",
        "online",
        "",
        Some("wikipedia-asian-month"),
    ),
];

/// What [`load`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemoOutcome {
    Loaded,
    AlreadyPresent,
}

/// Loads the demo data. Each piece is added only if it is missing, so a load that was
/// interrupted completes when run again, and a complete one changes nothing.
pub async fn load(db: &Db, cost: secret::HashCost, now: Timestamp) -> Result<DemoOutcome, Error> {
    let mut changed = false;
    for (username, password, is_site_admin) in [
        (SITE_ADMIN.0, SITE_ADMIN.1, true),
        (AFFILIATE_ADMIN.0, AFFILIATE_ADMIN.1, false),
        (APPLICANT.0, APPLICANT.1, false),
    ] {
        let name = Username::trusted(username);
        if db
            .credentials(&name)
            .await?
            .is_some_and(|c| c.password_hash.is_some())
        {
            continue;
        }
        let account = NewAccount {
            username: name,
            email: Some(format!("{}@example.org", username.to_lowercase())),
            password_hash: secret::hash_password(password, cost)?,
            is_site_admin,
            preferred_lang: None,
        };
        db.create_account(&account, now).await?;
        changed = true;
    }
    for draft in [wap(), pakistan(), tajik(), hub()] {
        let slug = draft.slug.clone().unwrap_or_default();
        if db.affiliate(&slug).await?.is_none() {
            db.create_affiliate(&apply(None, draft.validate(true)?, now)?, None, now)
                .await?;
            changed = true;
        }
    }
    for (slug, lang, name) in NAME_TRANSLATIONS {
        if let Some(a) = db.affiliate(slug).await?
            && a.name.exact(lang).is_none()
        {
            let edit = AffiliateDraft {
                lang: Some((*lang).into()),
                name: Some((*name).into()),
                ..Default::default()
            };
            let changes = edit.validate(false)?;
            debug_assert_eq!(changes.lang, Some(LangTag::trusted(lang)));
            let new = apply(Some(a.clone()), changes, now)?;
            db.update_affiliate(&a, &new, None, now).await?;
            changed = true;
        }
    }
    if let Some(hub) = db.affiliate(HUB).await? {
        let memberships = db.hub_memberships().await?;
        if !memberships.iter().any(|(h, _)| *h == hub.id) {
            let mut members = Vec::new();
            for slug in [WAP, PAKISTAN, TAJIK] {
                if let Some(a) = db.affiliate(slug).await? {
                    members.push(a.id);
                }
            }
            db.set_hub_members(&hub, &members, None, now).await?;
            changed = true;
        }
    }
    if let Some(pk) = db.affiliate(PAKISTAN).await?
        && !db
            .history(pk.id)
            .await?
            .iter()
            .any(|e| e.action == "notice")
    {
        let actor = db
            .ensure_person(&Username::trusted(PAKISTAN_NOTICE_BY), now)
            .await?;
        db.add_notice(pk.id, Some(actor), PAKISTAN_NOTICE, PAKISTAN_NOTICE_AT)
            .await?;
        changed = true;
    }
    if let Some(pk) = db.affiliate(PAKISTAN).await?
        && db.membership_rules(pk.id).await? == sangam_core::membership::Rules::default()
    {
        let rules = pakistan_rules().validate(&LangTag::trusted("en"))?;
        db.save_membership_rules(pk.id, &rules, None, now).await?;
        changed = true;
    }
    for (slug, list) in [(WAP, WAP_SIGNUPS), (TAJIK, TAJIK_SIGNUPS)] {
        if let Some(a) = db.affiliate(slug).await? {
            let parsed = sangam_core::signature::parse_list(list);
            if !parsed.problems.is_empty() {
                return Err(Error::Internal(format!(
                    "demo list of {slug}: {:?}",
                    parsed.problems
                )));
            }
            if db
                .import_members(a.id, &parsed.entries, None, now)
                .await?
                .added
                > 0
            {
                changed = true;
            }
        }
    }
    if let Some(a) = db.affiliate(WAP).await?
        && db
            .events_of(a.id, Timestamp(i64::MIN / 2), Timestamp(i64::MAX / 2))
            .await?
            .is_empty()
    {
        let window = sangam_core::event::RegistrationWindow::default();
        for (first, last, kind, title) in WAP_CALENDAR {
            let details = EventDraft {
                title: (*title).into(),
                kind: (*kind).into(),
                mode: "online".into(),
                time_zone: "Asia/Dhaka".into(),
                all_day: true,
                start_date: (*first).into(),
                end_date: (*last).into(),
                ..EventDraft::default()
            }
            .validate()?;
            db.create_event(&details, &[a.id], window, None, now)
                .await?;
        }
        changed = true;
    }
    if db.campaigns().await?.is_empty() {
        for (slug, name) in CAMPAIGNS {
            let slug = sangam_core::affiliate::Slug::parse(slug)
                .map_err(|e| Error::Internal(format!("demo campaign {slug}: {}", e.code)))?;
            db.create_campaign(&slug, name, now).await?;
        }
        changed = true;
    }
    // Seed 000's editions, and seed 004's "Proposed Activities": taking part in #1Lib1Ref and
    // Wikipedia Asian Month.
    if let Some(a) = db.affiliate(WAP).await? {
        for e in db
            .events_of(a.id, Timestamp(i64::MIN / 2), Timestamp(i64::MAX / 2))
            .await?
        {
            let Some((_, campaign)) = WAP_EDITIONS.iter().find(|(t, _)| *t == e.details.title)
            else {
                continue;
            };
            if db.edition_of(e.id).await?.is_none()
                && let Some(c) = db.campaign(campaign).await?
            {
                db.set_edition(e.id, Some(c.id)).await?;
                changed = true;
            }
        }
    }
    if let Some(a) = db.affiliate(TAJIK).await?
        && db
            .events_of(a.id, Timestamp(i64::MIN / 2), Timestamp(i64::MAX / 2))
            .await?
            .is_empty()
    {
        for (title, kind, mode, place, campaign) in TAJIK_PROPOSED {
            let details = EventDraft {
                title: (*title).into(),
                kind: (*kind).into(),
                mode: (*mode).into(),
                time_zone: "Asia/Dushanbe".into(),
                proposed: true,
                address: (*place).into(),
                ..EventDraft::default()
            }
            .validate()?;
            let id = db
                .create_event(
                    &details,
                    &[a.id],
                    sangam_core::event::RegistrationWindow::default(),
                    None,
                    now,
                )
                .await?;
            if let Some(slug) = campaign
                && let Some(c) = db.campaign(slug).await?
            {
                db.set_edition(id, Some(c.id)).await?;
            }
        }
        changed = true;
    }
    if let Some(a) = db.affiliate(TAJIK).await?
        && db.campaigns_of(a.id).await?.is_empty()
    {
        for slug in ["1lib1ref", "wikipedia-asian-month"] {
            if let Some(c) = db.campaign(slug).await? {
                db.take_part(c.id, a.id).await?;
                changed = true;
            }
        }
    }
    if reporting(db, now).await? {
        changed = true;
    }
    if board(db, now).await? {
        changed = true;
    }
    if conference(db, now).await? {
        changed = true;
    }
    Ok(if changed {
        DemoOutcome::Loaded
    } else {
        DemoOutcome::AlreadyPresent
    })
}

/// Seed 000's board: its "Structure and Regulations" as data, and the founding board of
/// three formed on 23 May 2023 for two years.
async fn board(db: &Db, now: Timestamp) -> Result<bool, Error> {
    use sangam_core::account::AffiliateRole;
    use sangam_core::election::board::WAP_STRUCTURE;
    let Some(wap) = db.affiliate(WAP).await? else {
        return Ok(false);
    };
    let mut changed = false;
    let (now_sitting, before) = db.board(wap.id, now.date_utc()).await?;
    if now_sitting.is_empty() && before.is_empty() {
        let term = (
            jiff::civil::date(2023, 5, 23),
            jiff::civil::date(2025, 5, 22),
        );
        for name in wap.people_in(AffiliateRole::Board) {
            if let Some(person) = db.credentials(name).await? {
                db.add_board_term(wap.id, person.id, term, now).await?;
                changed = true;
            }
        }
    }
    // Last, as the mark that this step is done.
    if db.board_phases(wap.id).await?.is_empty() {
        db.set_board_phases(wap.id, &WAP_STRUCTURE).await?;
        changed = true;
    }
    Ok(changed)
}

/// Seed 001's agreement period, which seed 001's notice implies: the annual report became
/// past due on 15 July 2016, the day the notice was posted, so the period ended a month of
/// grace before (14 June 2016). The seed gives no other dates.
pub const PAKISTAN_AGREEMENT: (&str, &str) = ("2015-06-15", "2016-06-14");

/// The reporting side of the demo: the Pakistan group's missing annual report with the
/// notices of its expiry, and the Tajik group's current agreement (the four months before
/// `now` and eight after, so its next report is upcoming whenever the demo is loaded).
async fn reporting(db: &Db, now: Timestamp) -> Result<bool, Error> {
    let mut changed = false;
    if let Some(pk) = db.affiliate(PAKISTAN).await?
        && db.reports(pk.id).await?.is_empty()
    {
        let start: jiff::civil::Date = PAKISTAN_AGREEMENT.0.parse().map_err(Error::internal)?;
        let end: jiff::civil::Date = PAKISTAN_AGREEMENT.1.parse().map_err(Error::internal)?;
        let policy = sangam_core::compliance::Policy::default();
        let period = sangam_core::report::Period {
            kind: sangam_core::compliance::ReportKind::Activity,
            period: (start, end),
            due: end,
        };
        // Set up when the agreement began, so the history keeps its order.
        let set_up = Timestamp::start_of(start);
        let report = db
            .add_report_period(pk.id, &period, &policy, None, set_up)
            .await?;
        // The notice of seed 001 is the past-due notice (written by hand, 30 days to
        // answer); the expiry followed it.
        let expiry = PAKISTAN_NOTICE_AT
            .date_utc()
            .checked_add(jiff::Span::new().days(policy.notice_days + 1))
            .map_err(Error::internal)?;
        db.record_notice(pk.id, report, "expiry", expiry).await?;
        changed = true;
    }
    if let Some(tj) = db.affiliate(TAJIK).await?
        && tj.agreement.is_none()
    {
        let today = now.date_utc();
        let start = today
            .first_of_month()
            .checked_sub(jiff::Span::new().months(4))
            .map_err(Error::internal)?;
        let end = start
            .checked_add(jiff::Span::new().years(1))
            .and_then(|d| d.checked_sub(jiff::Span::new().days(1)))
            .map_err(Error::internal)?;
        let edit = AffiliateDraft {
            agreement_start: Some(start.to_string()),
            agreement_end: Some(end.to_string()),
            ..Default::default()
        };
        let new = apply(Some(tj.clone()), edit.validate(false)?, now)?;
        db.update_affiliate(&tj, &new, None, now).await?;
        db.lifecycle_pass(today, &sangam_core::compliance::Policy::default(), now)
            .await?;
        changed = true;
    }
    Ok(changed)
}

/// The conference of seed 002, hosted here by the demo's regional hub (the seed does not
/// say who organized it).
pub const WIKIMEET: &str = "Wikimeet India 2021";

/// Seed 002's proposal: sent by MPourzaki (WMF) at 10:29, 23 January 2021 (UTC), with its
/// presenters, fields and texts as the page gives them.
pub fn seed_002_proposal() -> sangam_core::conference::ProposalDraft {
    use sangam_core::conference::{PresenterDraft, ProposalDraft};
    let account = |u: &str| PresenterDraft {
        username: u.into(),
        guest: String::new(),
    };
    ProposalDraft {
        presenters: vec![
            PresenterDraft {
                username: String::new(),
                guest: "Community members, organizers from West Bengal Wikimedia and CIS A2K".into(),
            },
            account("Anna Torres (WMAR)"),
            account("Hillun Vilayl Napis (WMID)"),
            account("Kayusyussuf"),
            account("THasan (WMF)"),
            account("MPourzaki (WMF)"),
            account("RMerkley (WMF)"),
        ],
        contact_email: String::new(),
        affiliation: "The Wikimedia Foundation".into(),
        title: "How can Movement Strategy best serve South Asia Wikimedia communities?".into(),
        lang: "en".into(),
        language_note: "Primarily in English with simultaneous interpretation in local languages".into(),
        session_type: "workshop".into(),
        minutes: "90".into(),
        track: String::new(),
        plan: "Despite a challenging and unprecedented 2020, we came together to discuss what initiatives from the recommendations should be prioritized in 2021 and began identifying steps to put those initiatives into action. At the Global Conversations in November, community members from around the world further discussed those priorities to select the most important ones to work on in 2021. Together we identified 8 sets of initiatives from the recommendations. At the Global Conversations in December [5], on wiki, and at community events since, Wikimedians are discussing the next steps for implementing the top initiatives.\n\nThis event will be an opportunity to discuss with communities in and from South Asia which initiatives are most relevant for their work. The aim would be to identify opportunities to experiment with different ideas in the region and to partner in implementation.".into(),
        support: "Coordination around participant, outreach, and language support as per need.".into(),
        benefit: "The only way to identify what initiatives are most relevant in South Asia and India would be to engage with the communities. Attendees will hopefully walk away from learning exactly how to contribute to the implementation of various initiatives from the recommendations. This event will be focused on specific tasks for 2021, creating partnerships with affiliates and groups of various sizes and the Wikimedia Foundation.".into(),
        answers: Vec::new(),
    }
}

/// When seed 002's proposal was sent, and its interested attendee's signature.
pub const SEED_002_SENT: &str = "2021-01-23T10:29:00Z";
pub const SEED_002_INTERESTED: &str = "Zblace (talk) 08:06, 15 February 2021 (UTC)";

/// The call for proposals of the demo conference. Seed 002 gives the form's fields and one
/// session type ("Workshop"); the dates, the other types and the languages are added for
/// the demo.
pub fn wikimeet_cfp() -> sangam_core::conference::CfpDraft {
    use sangam_core::conference::{CfpDraft, SessionType};
    let t = |key: &str, name: &str, minutes: u32| SessionType {
        key: key.into(),
        name: name.into(),
        minutes,
    };
    CfpDraft {
        opens: "2021-01-01T00:00:00Z".into(),
        closes: "2021-01-31T18:30:00Z".into(),
        session_types: vec![
            t("workshop", "Workshop", 90),
            t("presentation", "Presentation", 30),
            t("lightning", "Lightning talk", 10),
            t("panel", "Panel", 60),
            t("discussion", "Discussion", 45),
        ],
        tracks: Vec::new(),
        languages: [
            "en", "hi", "bn", "ta", "te", "kn", "ml", "mr", "gu", "pa", "or", "as", "ur",
        ]
        .iter()
        .map(|l| l.to_string())
        .collect(),
        interpretation: true,
        questions: Vec::new(),
        criteria: vec![
            sangam_core::conference::Criterion {
                name: "Relevance to the communities in India".into(),
                weight: 2.0,
            },
            sangam_core::conference::Criterion {
                name: "A clear plan".into(),
                weight: 1.0,
            },
        ],
        score_max: 5,
    }
}

/// Seed 002's conference with its call, the seed's proposal and its interested attendee.
async fn conference(db: &Db, now: Timestamp) -> Result<bool, Error> {
    let Some(hub) = db.affiliate(HUB).await? else {
        return Ok(false);
    };
    let events = db
        .events_of(hub.id, Timestamp(i64::MIN / 2), Timestamp(i64::MAX / 2))
        .await?;
    let mut changed = false;
    let event = match events.iter().find(|e| e.details.title == WIKIMEET) {
        Some(e) => e.id,
        None => {
            let details = EventDraft {
                title: WIKIMEET.into(),
                kind: "conference".into(),
                mode: "online".into(),
                time_zone: "Asia/Kolkata".into(),
                all_day: true,
                start_date: "2021-02-19".into(),
                end_date: "2021-02-21".into(),
                languages: vec!["en".into()],
                ..EventDraft::default()
            }
            .validate()?;
            changed = true;
            db.create_event(
                &details,
                &[hub.id],
                sangam_core::event::RegistrationWindow::default(),
                None,
                now,
            )
            .await?
        }
    };
    let cfp = match db.cfp(event).await? {
        Some(c) => c,
        None => {
            let cfp = wikimeet_cfp().validate()?;
            db.set_cfp(event, &cfp).await?;
            changed = true;
            cfp
        }
    };
    let id = match db.proposals_of(event).await?.first() {
        Some(p) => p.id,
        None => {
            let draft = seed_002_proposal();
            let names: Vec<Username> = draft
                .presenters
                .iter()
                .filter(|p| !p.username.is_empty())
                .map(|p| Username::trusted(&p.username))
                .collect();
            let people = db.ensure_people(&names, now).await?;
            let sent = Timestamp::parse_rfc3339(SEED_002_SENT)
                .ok_or_else(|| Error::Internal("seed 002 time".into()))?;
            // MPourzaki (WMF), the fifth presenter, sent it.
            let proposer = people
                .get(4)
                .copied()
                .ok_or_else(|| Error::Internal("seed 002 proposer".into()))?;
            changed = true;
            db.submit_proposal(event, proposer, &draft.validate(&cfp)?, sent)
                .await?
        }
    };
    let parsed = sangam_core::signature::parse_list(SEED_002_INTERESTED);
    if db.import_interest(id, &parsed.entries).await? > 0 {
        changed = true;
    }
    // A programme for the demo (the seed gives none): two rooms, a slot each morning of the
    // three days, and the seed's session, accepted, on the first morning.
    if db.programme(event).await?.is_empty() {
        let zone = jiff::tz::TimeZone::get("Asia/Kolkata").map_err(Error::internal)?;
        let at = |d: i8, h: i8| -> Result<Timestamp, Error> {
            let z = jiff::civil::date(2021, 2, d)
                .at(h, 0, 0, 0)
                .to_zoned(zone.clone())
                .map_err(Error::internal)?;
            Ok(Timestamp(z.timestamp().as_second()))
        };
        let hall = db.add_room(event, "Main hall").await?;
        db.add_room(event, "Room 2").await?;
        db.set_slots(
            event,
            &[
                (at(19, 10)?, at(19, 13)?),
                (at(20, 10)?, at(20, 13)?),
                (at(21, 10)?, at(21, 13)?),
            ],
        )
        .await?;
        db.decide_proposal_mailing(
            id,
            sangam_core::conference::ProposalStatus::Accepted,
            "",
            at(19, 0)?,
            false,
        )
        .await?;
        db.place(id, hall, at(19, 10)?).await?;
        // More sessions for the demo (the seed has one): made-up presenters and titles.
        let room2 = db.add_room(event, "Room 2").await?;
        for (session, room, start) in [
            (&DEMO_SESSIONS[0], room2, at(19, 10)?),
            (&DEMO_SESSIONS[1], hall, at(20, 10)?),
            (&DEMO_SESSIONS[2], room2, at(20, 11)?),
            (&DEMO_SESSIONS[3], hall, at(21, 11)?),
        ] {
            let by = db.ensure_person(&Username::trusted(session.0), now).await?;
            let draft = sangam_core::conference::ProposalDraft {
                presenters: vec![sangam_core::conference::PresenterDraft {
                    username: session.0.into(),
                    guest: String::new(),
                }],
                affiliation: "Demo".into(),
                title: session.1.into(),
                lang: session.2.into(),
                session_type: session.3.into(),
                plan: session.4.into(),
                benefit: session.4.into(),
                ..Default::default()
            };
            let sent = Timestamp::parse_rfc3339("2021-01-25T12:00:00Z")
                .ok_or_else(|| Error::Internal("demo session time".into()))?;
            let pid = db
                .submit_proposal(event, by, &draft.validate(&cfp)?, sent)
                .await?;
            db.decide_proposal_mailing(
                pid,
                sangam_core::conference::ProposalStatus::Accepted,
                "",
                at(19, 0)?,
                false,
            )
            .await?;
            db.place(pid, room, start).await?;
        }
        changed = true;
    }
    if db.round(event).await?.is_none() {
        scholarship_round(db, event, now).await?;
        changed = true;
    }
    Ok(changed)
}

/// The demo programme's other sessions (made up; the seed gives one): presenter, title,
/// language, type, plan.
pub const DEMO_SESSIONS: [(&str, &str, &str, &str, &str); 4] = [
    (
        "DemoSpeakerA",
        "Lightning talks: a year of Wiki Loves Monuments in India",
        "en",
        "presentation",
        "Five short talks from organizers of the photo contest, each with one lesson learnt.",
    ),
    (
        "DemoSpeakerB",
        "Wikidata for Indian languages: a first workshop",
        "hi",
        "workshop",
        "Adding labels and descriptions in Hindi, step by step, for newcomers.",
    ),
    (
        "DemoSpeakerC",
        "বাংলা উইকিসংকলনে প্রুফরিডিং",
        "bn",
        "panel",
        "Proofreaders of the Bengali Wikisource talk about their workflow.",
    ),
    (
        "DemoSpeakerA",
        "Open discussion: the next Wikimeet",
        "en",
        "discussion",
        "What to keep and what to change for the next Wikimeet India.",
    ),
];

/// The demo conference's scholarship round (made up: the seeds give none; seed 003 tells
/// of people applying for years, which the participation history field carries):
/// three applications, two reviewers' scores, decisions published without mail.
async fn scholarship_round(db: &Db, event: EventId, now: Timestamp) -> Result<(), Error> {
    use sangam_core::scholarship::{ApplicationDraft, Decision, Phase, RoundDraft};
    let round = RoundDraft {
        opens: "2021-01-01T00:00:00Z".into(),
        closes: "2021-01-31T18:30:00Z".into(),
        criteria: vec![
            sangam_core::conference::Criterion {
                name: "Contributions".into(),
                weight: 2.0,
            },
            sangam_core::conference::Criterion {
                name: "Need".into(),
                weight: 1.0,
            },
        ],
        score_max: 5,
    }
    .validate()?;
    db.set_round(event, &round).await?;
    let day = |d: i8| -> Result<Timestamp, Error> {
        jiff::civil::date(2021, 1, d)
            .at(12, 0, 0, 0)
            .to_zoned(jiff::tz::TimeZone::UTC)
            .map(|z| Timestamp(z.timestamp().as_second()))
            .map_err(Error::internal)
    };
    let mut ids = Vec::new();
    for (i, (name, region, history, need)) in DEMO_APPLICANTS.iter().enumerate() {
        let user = db.ensure_person(&Username::trusted(name), now).await?;
        let application = ApplicationDraft {
            region: (*region).into(),
            history: (*history).into(),
            contributions: "Articles and photographs on the wikis of my language.".into(),
            motivation: "To learn from the other communities of India and share our work.".into(),
            need: (*need).into(),
        }
        .validate()?;
        ids.push(
            db.save_application(event, user, &application, day(10 + i as i8)?)
                .await?,
        );
    }
    let reviewers = [
        Username::trusted(AFFILIATE_ADMIN.0),
        Username::trusted("DemoReviewer"),
    ];
    let reviewer_ids = db.ensure_people(&reviewers, now).await?;
    db.set_reviewers(
        event,
        sangam_db::conference::Panel::Scholarships,
        &reviewers,
    )
    .await?;
    db.advance_round_mailing(event, Phase::Eligibility, day(31)?, false)
        .await?;
    db.advance_round_mailing(event, Phase::Scoring, day(31)?, false)
        .await?;
    // Each reviewer's scores of each application, in the criteria's order.
    let scores: [[[u32; 2]; 3]; 2] = [[[5, 4], [3, 4], [2, 2]], [[4, 5], [4, 3], [1, 3]]];
    for (reviewer, theirs) in reviewer_ids.iter().zip(scores) {
        for (id, s) in ids.iter().zip(theirs) {
            let review = sangam_core::conference::Review {
                scores: s.to_vec(),
                comment: String::new(),
            };
            db.score_application(*id, *reviewer, &review, day(31)?)
                .await?;
        }
    }
    db.advance_round_mailing(event, Phase::Decision, day(31)?, false)
        .await?;
    for (id, d) in ids
        .iter()
        .zip([Decision::Full, Decision::Partial, Decision::Declined])
    {
        db.decide_application(*id, d, "", day(31)?).await?;
    }
    db.advance_round_mailing(event, Phase::Published, day(31)?, false)
        .await?;
    Ok(())
}

/// The demo round's applicants (made up): username, region, participation history, need.
const DEMO_APPLICANTS: [(&str, &str, &str, &str); 3] = [
    (
        APPLICANT.0,
        "West Bengal, India",
        "I applied in 2019 and 2020 without a scholarship.",
        "full",
    ),
    ("DemoApplicantB", "Kerala, India", "", "partial"),
    ("DemoApplicantC", "Punjab, India", "", "full"),
];
