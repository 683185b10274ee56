//! A conference's programme: its call for proposals (dates, session types, tracks,
//! languages, the organizers' own questions) and the proposals sent to it, with the fields
//! of the wiki form communities use today (seed 002).

use serde::{Deserialize, Serialize};

use crate::account::{Email, Username};
use crate::election::setup::instant;
use crate::error::{Error, FieldErrors, Invalid};
use crate::event::{QUESTIONS_MAX, Question, check_answers};
use crate::text::{LangTag, clean_block, clean_line};
use crate::time::Timestamp;

/// The shortest and longest session, in minutes.
pub const MINUTES_RANGE: (u32, u32) = (5, 480);
/// The most presenters one proposal names.
pub const PRESENTERS_MAX: usize = 12;
/// The longest title, and the longest of the long texts (the plan).
pub const TITLE_MAX: usize = 200;
pub const PLAN_MAX: usize = 10_000;
pub const TEXT_MAX: usize = 5_000;

/// A kind of session the call asks for, with its usual length.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct SessionType {
    /// A short key proposals name it by ("workshop").
    pub key: String,
    /// Its name as the call shows it ("Workshop").
    pub name: String,
    /// The usual length in minutes; a proposal may ask for another.
    pub minutes: u32,
}

/// What reviewers score, and how much it counts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct Criterion {
    pub name: String,
    /// A positive weight; a proposal's score is the weighted mean.
    pub weight: f64,
}

/// The default scale: each criterion from 0 to 5.
pub const SCORE_MAX_DEFAULT: u32 = 5;

/// A call for proposals as typed.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct CfpDraft {
    /// When proposals may be sent: RFC 3339 or a date (midnight UTC).
    pub opens: String,
    pub closes: String,
    pub session_types: Vec<SessionType>,
    pub tracks: Vec<String>,
    /// The languages sessions may be held in (BCP 47).
    pub languages: Vec<String>,
    /// Whether interpretation between them can be arranged.
    pub interpretation: bool,
    /// The organizers' own questions, beyond the form's fields.
    pub questions: Vec<Question>,
    /// What reviewers score (one "Overall" criterion when none is given).
    pub criteria: Vec<Criterion>,
    /// The top of the scale (5 when 0 or not given); scores run from 0.
    pub score_max: u32,
}

/// A checked call for proposals.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cfp {
    pub opens: Timestamp,
    pub closes: Timestamp,
    pub session_types: Vec<SessionType>,
    pub tracks: Vec<String>,
    pub languages: Vec<LangTag>,
    pub interpretation: bool,
    pub questions: Vec<Question>,
    pub criteria: Vec<Criterion>,
    pub score_max: u32,
}

fn minutes(n: u32) -> Result<u32, Invalid> {
    if (MINUTES_RANGE.0..=MINUTES_RANGE.1).contains(&n) {
        Ok(n)
    } else {
        Err(Invalid::with(
            "session_minutes_range",
            "max",
            MINUTES_RANGE.1,
        ))
    }
}

impl CfpDraft {
    pub fn validate(&self) -> Result<Cfp, Error> {
        let mut e = FieldErrors::new();
        let opens = e.check("opens", instant(&self.opens));
        let closes = e.check("closes", instant(&self.closes));
        if let (Some(o), Some(c)) = (opens, closes)
            && c <= o
        {
            e.add("closes", "range_reversed");
        }
        if self.session_types.is_empty() {
            e.add("session_types", "required");
        }
        let mut types: Vec<SessionType> = Vec::new();
        for (i, t) in self.session_types.iter().enumerate() {
            let key = e.check(&format!("session_types.{i}.key"), key(&t.key));
            if key
                .as_ref()
                .is_some_and(|k| types.iter().any(|x| &x.key == k))
            {
                e.add(format!("session_types.{i}.key"), "duplicate");
            }
            let name = e.check(
                &format!("session_types.{i}.name"),
                required_line(&t.name, 80),
            );
            let m = e.check(&format!("session_types.{i}.minutes"), minutes(t.minutes));
            if let (Some(key), Some(name), Some(minutes)) = (key, name, m) {
                types.push(SessionType { key, name, minutes });
            }
        }
        let mut tracks = Vec::new();
        for (i, t) in self.tracks.iter().enumerate() {
            if let Some(t) = e.check(&format!("tracks.{i}"), required_line(t, 80)) {
                tracks.push(t);
            }
        }
        let mut languages = Vec::new();
        for (i, l) in self.languages.iter().enumerate() {
            if let Some(l) = e.check(&format!("languages.{i}"), LangTag::parse(l)) {
                languages.push(l);
            }
        }
        if self.questions.len() > QUESTIONS_MAX {
            e.add_with(
                "questions",
                "too_many",
                vec![("max", QUESTIONS_MAX.to_string())],
            );
        }
        let mut questions = Vec::new();
        for (i, q) in self.questions.iter().enumerate() {
            if let Some(text) = e.check(&format!("questions.{i}"), required_line(&q.text, 300)) {
                questions.push(Question {
                    text,
                    required: q.required,
                });
            }
        }
        let (criteria, score_max) = scale(&self.criteria, self.score_max, &mut e);
        e.finish(|| Cfp {
            criteria,
            score_max,
            opens: opens.unwrap_or(Timestamp(0)),
            closes: closes.unwrap_or(Timestamp(0)),
            session_types: types,
            tracks,
            languages,
            interpretation: self.interpretation,
            questions,
        })
    }
}

/// The criteria reviewers score and the top of their scale, as typed: one "Overall"
/// criterion when none is given, 5 when the scale is 0 (calls and scholarship rounds alike).
pub(crate) fn scale(
    typed: &[Criterion],
    score_max: u32,
    e: &mut FieldErrors,
) -> (Vec<Criterion>, u32) {
    let mut criteria = Vec::new();
    for (i, c) in typed.iter().enumerate() {
        let name = e.check(&format!("criteria.{i}.name"), required_line(&c.name, 80));
        if !(c.weight.is_finite() && c.weight > 0.0 && c.weight <= 100.0) {
            e.add(format!("criteria.{i}.weight"), "weight_range");
        }
        if let Some(name) = name {
            criteria.push(Criterion {
                name,
                weight: c.weight,
            });
        }
    }
    if typed.is_empty() {
        criteria.push(Criterion {
            name: "Overall".into(),
            weight: 1.0,
        });
    }
    let score_max = match score_max {
        0 => SCORE_MAX_DEFAULT,
        n if n <= 100 => n,
        _ => {
            e.add_with("score_max", "too_large", vec![("max", "100".into())]);
            0
        }
    };
    (criteria, score_max)
}

fn key(s: &str) -> Result<String, Invalid> {
    let s = s.trim();
    let ok = !s.is_empty()
        && s.len() <= 40
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
    if ok {
        Ok(s.to_string())
    } else {
        Err(Invalid::new("invalid_slug"))
    }
}

fn required_line(s: &str, max: usize) -> Result<String, Invalid> {
    let s = clean_line(s, max)?;
    if s.is_empty() {
        Err(Invalid::new("required"))
    } else {
        Ok(s)
    }
}

fn required_block(s: &str, max: usize) -> Result<String, Invalid> {
    let s = clean_block(s, max)?;
    if s.is_empty() {
        Err(Invalid::new("required"))
    } else {
        Ok(s)
    }
}

impl Cfp {
    /// Whether proposals may be sent or changed at `now`.
    pub fn is_open(&self, now: Timestamp) -> bool {
        self.opens <= now && now < self.closes
    }

    pub fn session_type(&self, key: &str) -> Option<&SessionType> {
        self.session_types.iter().find(|t| t.key == key)
    }
}

/// A review as typed: a score per criterion, in the call's order, and a comment.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct Review {
    pub scores: Vec<u32>,
    pub comment: String,
}

impl Review {
    /// Checks the scores against the call's criteria and scale.
    pub fn validate(&self, cfp: &Cfp) -> Result<Review, Error> {
        self.validate_on(&cfp.criteria, cfp.score_max)
    }

    /// Checks the scores against `criteria` and the scale `0..=score_max` (a call's or a
    /// scholarship round's).
    pub fn validate_on(&self, criteria: &[Criterion], score_max: u32) -> Result<Review, Error> {
        let mut e = FieldErrors::new();
        if self.scores.len() != criteria.len() {
            e.add_with(
                "scores",
                "score_count",
                vec![("count", criteria.len().to_string())],
            );
        }
        for (i, s) in self.scores.iter().enumerate() {
            if *s > score_max {
                e.add_with(
                    format!("scores.{i}"),
                    "score_out_of_scale",
                    vec![("max", score_max.to_string())],
                );
            }
        }
        let comment = e.check("comment", clean_block(&self.comment, TEXT_MAX));
        e.finish(|| Review {
            scores: self.scores.clone(),
            comment: comment.unwrap_or_default(),
        })
    }
}

/// A review's weighted mean score over `criteria` (proposals and scholarships alike).
pub fn weighted(criteria: &[Criterion], scores: &[u32]) -> f64 {
    let (mut sum, mut weights) = (0.0, 0.0);
    for (c, s) in criteria.iter().zip(scores) {
        sum += c.weight * f64::from(*s);
        weights += c.weight;
    }
    if weights > 0.0 { sum / weights } else { 0.0 }
}

impl Cfp {
    /// A review's weighted mean score on the call's criteria.
    pub fn weighted(&self, scores: &[u32]) -> f64 {
        weighted(&self.criteria, scores)
    }
}

/// Several reviews of one proposal: their mean and how far apart they are (the standard
/// deviation of the reviewers' weighted scores: 0 when they agree).
pub fn agreement(scores: &[f64]) -> Option<(f64, f64)> {
    if scores.is_empty() {
        return None;
    }
    let n = scores.len() as f64;
    let mean = scores.iter().sum::<f64>() / n;
    let var = scores.iter().map(|s| (s - mean) * (s - mean)).sum::<f64>() / n;
    Some((mean, var.sqrt()))
}

/// A presenter as typed: a Sangam account's username, or the name of a guest without one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct PresenterDraft {
    pub username: String,
    pub guest: String,
}

/// A presenter: an account, or a named guest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Presenter {
    Account(Username),
    Guest(String),
}

/// A proposal as typed, the fields of seed 002's form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct ProposalDraft {
    pub presenters: Vec<PresenterDraft>,
    /// Private: the organizers and the proposer see it, nobody else.
    pub contact_email: String,
    pub affiliation: String,
    pub title: String,
    /// The session's language (BCP 47), one the call offers.
    pub lang: String,
    /// How the language is handled, in the proposer's words ("Primarily in English with
    /// simultaneous interpretation in local languages").
    pub language_note: String,
    pub session_type: String,
    /// Minutes needed; empty for the session type's usual length.
    pub minutes: String,
    pub track: String,
    /// "Narrate your plan in details".
    pub plan: String,
    /// "Any support you need".
    pub support: String,
    /// How the session benefits the communities.
    pub benefit: String,
    /// Answers to the organizers' questions, in their order.
    pub answers: Vec<String>,
}

/// A checked proposal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proposal {
    pub presenters: Vec<Presenter>,
    pub contact_email: Option<Email>,
    pub affiliation: String,
    pub title: String,
    pub lang: LangTag,
    pub language_note: String,
    pub session_type: String,
    pub minutes: u32,
    pub track: Option<String>,
    pub plan: String,
    pub support: String,
    pub benefit: String,
    pub answers: Vec<String>,
}

impl ProposalDraft {
    /// Checks the proposal against the call: every field, each problem named.
    pub fn validate(&self, cfp: &Cfp) -> Result<Proposal, Error> {
        let mut e = FieldErrors::new();
        if self.presenters.is_empty() {
            e.add("presenters", "required");
        }
        if self.presenters.len() > PRESENTERS_MAX {
            e.add_with(
                "presenters",
                "too_many",
                vec![("max", PRESENTERS_MAX.to_string())],
            );
        }
        let mut presenters = Vec::new();
        for (i, p) in self.presenters.iter().enumerate() {
            let field = format!("presenters.{i}");
            let (user, guest) = (p.username.trim(), p.guest.trim());
            let presenter = match (user.is_empty(), guest.is_empty()) {
                (false, true) => e.check(&field, Username::parse(user).map(Presenter::Account)),
                (true, false) => e.check(&field, clean_line(guest, 100).map(Presenter::Guest)),
                _ => {
                    e.add(field, "presenter_one_of");
                    None
                }
            };
            if let Some(p) = presenter {
                if presenters.contains(&p) {
                    e.add(format!("presenters.{i}"), "duplicate");
                } else {
                    presenters.push(p);
                }
            }
        }
        let email = match self.contact_email.trim() {
            "" => None,
            s => e.check("contact_email", Email::parse(s)),
        };
        let affiliation = e.check("affiliation", clean_line(&self.affiliation, 200));
        let title = e.check("title", required_line(&self.title, TITLE_MAX));
        let lang = e.check("lang", LangTag::parse(&self.lang));
        if let Some(l) = &lang
            && !cfp.languages.is_empty()
            && !cfp.languages.contains(l)
        {
            e.add("lang", "language_not_offered");
        }
        let language_note = e.check("language_note", clean_line(&self.language_note, 300));
        let kind = cfp.session_type(self.session_type.trim());
        if kind.is_none() {
            e.add("session_type", "invalid_choice");
        }
        let minutes = match self.minutes.trim() {
            "" => kind.map(|k| k.minutes),
            s => match s.parse::<u32>() {
                Ok(n) => e.check("minutes", minutes(n)),
                Err(_) => {
                    e.add("minutes", "invalid_number");
                    None
                }
            },
        };
        let track = match self.track.trim() {
            "" => None,
            t if cfp.tracks.iter().any(|x| x == t) => Some(t.to_string()),
            _ => {
                e.add("track", "invalid_choice");
                None
            }
        };
        let plan = e.check("plan", required_block(&self.plan, PLAN_MAX));
        let support = e.check("support", clean_block(&self.support, TEXT_MAX));
        let benefit = e.check("benefit", required_block(&self.benefit, TEXT_MAX));
        let answers = match check_answers(&cfp.questions, &self.answers) {
            Ok(a) => Some(a),
            Err(Error::Validation(f)) => {
                for x in f.iter() {
                    e.add_with(x.field.clone(), x.code, x.args.clone());
                }
                None
            }
            Err(_) => None,
        };
        e.finish(|| Proposal {
            presenters,
            contact_email: email,
            affiliation: affiliation.unwrap_or_default(),
            title: title.unwrap_or_default(),
            lang: lang.unwrap_or_else(|| LangTag::trusted("en")),
            language_note: language_note.unwrap_or_default(),
            session_type: self.session_type.trim().to_string(),
            minutes: minutes.unwrap_or(0),
            track,
            plan: plan.unwrap_or_default(),
            support: support.unwrap_or_default(),
            benefit: benefit.unwrap_or_default(),
            answers: answers.unwrap_or_default(),
        })
    }
}

/// Where a proposal stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProposalStatus {
    Submitted,
    Withdrawn,
    Accepted,
    Waitlisted,
    Rejected,
}

impl ProposalStatus {
    pub const ALL: [ProposalStatus; 5] = [
        Self::Submitted,
        Self::Withdrawn,
        Self::Accepted,
        Self::Waitlisted,
        Self::Rejected,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Submitted => "submitted",
            Self::Withdrawn => "withdrawn",
            Self::Accepted => "accepted",
            Self::Waitlisted => "waitlisted",
            Self::Rejected => "rejected",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// A session in the programme: which proposal, in which room, when, and its presenters'
/// accounts (guests cannot be checked for clashes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub proposal: crate::id::ProposalId,
    pub room: i64,
    pub start: Timestamp,
    pub end: Timestamp,
    pub presenters: Vec<crate::account::UserId>,
}

/// Checks that a session may go where the organizers put it: inside one of the
/// conference's time slots, in a room free then, with no presenter in another session at
/// the same time. `placed` is the programme as it stands (the session itself may be in
/// it, at its old place).
pub fn check_placement(
    placed: &[Placed],
    new: &Placed,
    slots: &[(Timestamp, Timestamp)],
) -> Result<(), Error> {
    let fits = slots.iter().any(|(s, e)| *s <= new.start && new.end <= *e);
    if !fits {
        let minutes = (new.end.0 - new.start.0) / 60;
        let longest = slots
            .iter()
            .map(|(s, e)| (e.0 - s.0) / 60)
            .max()
            .unwrap_or(0);
        return Err(if minutes > longest {
            Error::field("start", "session_longer_than_slots")
        } else {
            Error::field("start", "outside_slots")
        });
    }
    let overlapping = placed
        .iter()
        .filter(|p| p.proposal != new.proposal && p.start < new.end && new.start < p.end);
    for other in overlapping {
        if other.room == new.room {
            return Err(Error::Conflict("room_taken"));
        }
        if other.presenters.iter().any(|u| new.presenters.contains(u)) {
            return Err(Error::Conflict("presenter_busy"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfp() -> Cfp {
        CfpDraft {
            opens: "2021-01-01".into(),
            closes: "2021-01-31T18:30:00Z".into(),
            session_types: vec![
                SessionType {
                    key: "workshop".into(),
                    name: "Workshop".into(),
                    minutes: 90,
                },
                SessionType {
                    key: "lightning".into(),
                    name: "Lightning talk".into(),
                    minutes: 5,
                },
            ],
            tracks: vec!["Movement Strategy".into()],
            languages: vec!["en".into(), "hi".into(), "bn".into()],
            interpretation: true,
            questions: vec![Question {
                text: "Will you attend in person?".into(),
                required: true,
            }],
            criteria: vec![
                Criterion {
                    name: "Relevance".into(),
                    weight: 2.0,
                },
                Criterion {
                    name: "Clarity".into(),
                    weight: 1.0,
                },
            ],
            score_max: 0,
        }
        .validate()
        .unwrap()
    }

    #[test]
    fn reviews_keep_to_the_scale_and_weigh_their_criteria() {
        let cfp = cfp();
        assert_eq!(cfp.score_max, SCORE_MAX_DEFAULT);
        let r = Review {
            scores: vec![5, 2],
            comment: "Strong.".into(),
        };
        assert_eq!(r.validate(&cfp).unwrap().scores, [5, 2]);
        assert!(
            (cfp.weighted(&[5, 2]) - 4.0).abs() < 1e-9,
            "(2·5 + 1·2) / 3"
        );
        let bad = Review {
            scores: vec![6, 1, 1],
            comment: String::new(),
        };
        assert_eq!(
            codes(bad.validate(&cfp).unwrap_err()),
            [
                ("scores".to_string(), "score_count"),
                ("scores.0".into(), "score_out_of_scale"),
            ]
        );
        let (mean, spread) = agreement(&[4.0, 2.0]).unwrap();
        assert!((mean - 3.0).abs() < 1e-9 && (spread - 1.0).abs() < 1e-9);
        assert_eq!(agreement(&[]), None);
    }

    fn seed_002() -> ProposalDraft {
        ProposalDraft {
            presenters: vec![
                PresenterDraft {
                    username: "MPourzaki (WMF)".into(),
                    guest: String::new(),
                },
                PresenterDraft {
                    username: String::new(),
                    guest: "Community members, organizers from West Bengal Wikimedia and CIS A2K"
                        .into(),
                },
            ],
            affiliation: "The Wikimedia Foundation".into(),
            title: "How can Movement Strategy best serve South Asia Wikimedia communities?".into(),
            lang: "en".into(),
            language_note:
                "Primarily in English with simultaneous interpretation in local languages".into(),
            session_type: "workshop".into(),
            plan: "Despite a challenging and unprecedented 2020, …".into(),
            support: "Coordination around participant, outreach, and language support as per need."
                .into(),
            benefit: "The only way to identify what initiatives are most relevant …".into(),
            answers: vec!["No, online".into()],
            ..Default::default()
        }
    }

    fn codes(e: Error) -> Vec<(String, &'static str)> {
        match e {
            Error::Validation(f) => f.iter().map(|x| (x.field.clone(), x.code)).collect(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_seed_proposal_reads_with_the_type_s_usual_length() {
        let cfp = cfp();
        let p = seed_002().validate(&cfp).unwrap();
        assert_eq!(p.minutes, 90);
        assert_eq!(p.contact_email, None, "the seed left it empty (optional)");
        assert_eq!(
            p.presenters[0],
            Presenter::Account(Username::parse("MPourzaki (WMF)").unwrap())
        );
        assert!(matches!(&p.presenters[1], Presenter::Guest(g) if g.starts_with("Community")));
        assert!(cfp.is_open(Timestamp::parse_rfc3339("2021-01-23T10:29:00Z").unwrap()));
        assert!(!cfp.is_open(Timestamp::parse_rfc3339("2021-01-31T18:30:00Z").unwrap()));
    }

    #[test]
    fn every_bad_field_is_named() {
        let mut d = seed_002();
        d.presenters.push(PresenterDraft {
            username: "Someone".into(),
            guest: "And a guest".into(),
        });
        d.contact_email = "not an address".into();
        d.title = "  ".into();
        d.lang = "ur".into();
        d.session_type = "keynote".into();
        d.minutes = "600".into();
        d.track = "Nowhere".into();
        d.plan = String::new();
        d.answers = vec![];
        assert_eq!(
            codes(d.validate(&cfp()).unwrap_err()),
            [
                ("presenters.2".to_string(), "presenter_one_of"),
                ("contact_email".into(), "invalid_email"),
                ("title".into(), "required"),
                ("lang".into(), "language_not_offered"),
                ("session_type".into(), "invalid_choice"),
                ("minutes".into(), "session_minutes_range"),
                ("track".into(), "invalid_choice"),
                ("plan".into(), "required"),
                ("answers.0".into(), "required"),
            ]
        );
    }

    #[test]
    fn a_session_needs_a_slot_a_free_room_and_free_presenters() {
        let t = |h: i64, m: i64| Timestamp(1_613_700_000 + h * 3600 + m * 60);
        let slots = [(t(0, 0), t(1, 30)), (t(2, 0), t(3, 0))];
        let session =
            |proposal: i64, room, start: Timestamp, minutes: i64, presenters: Vec<i64>| Placed {
                proposal: crate::id::ProposalId(proposal),
                room,
                start,
                end: Timestamp(start.0 + minutes * 60),
                presenters: presenters.into_iter().map(crate::account::UserId).collect(),
            };
        let placed = vec![session(1, 10, t(0, 0), 90, vec![100, 101])];
        // Another room and other people at the same time: fine.
        assert!(check_placement(&placed, &session(2, 11, t(0, 0), 60, vec![102]), &slots).is_ok());
        let code = |r: Result<(), Error>| match r {
            Err(Error::Conflict(c)) => c.to_string(),
            Err(Error::Validation(f)) => f
                .iter()
                .next()
                .map(|x| x.code.to_string())
                .unwrap_or_default(),
            other => format!("{other:?}"),
        };
        assert_eq!(
            code(check_placement(
                &placed,
                &session(2, 10, t(0, 30), 30, vec![102]),
                &slots
            )),
            "room_taken"
        );
        assert_eq!(
            code(check_placement(
                &placed,
                &session(2, 11, t(1, 0), 30, vec![101]),
                &slots
            )),
            "presenter_busy"
        );
        assert_eq!(
            code(check_placement(
                &placed,
                &session(2, 11, t(0, 0), 120, vec![]),
                &slots
            )),
            "session_longer_than_slots"
        );
        assert_eq!(
            code(check_placement(
                &placed,
                &session(2, 11, t(1, 15), 30, vec![]),
                &slots
            )),
            "outside_slots"
        );
        // Moving a session within its own time is not a clash with itself.
        assert!(check_placement(&placed, &session(1, 10, t(0, 0), 90, vec![100]), &slots).is_ok());
    }

    #[test]
    fn a_call_refuses_reversed_dates_and_odd_types() {
        let d = CfpDraft {
            opens: "2021-02-01".into(),
            closes: "2021-01-01".into(),
            session_types: vec![
                SessionType {
                    key: "talk".into(),
                    name: "Talk".into(),
                    minutes: 30,
                },
                SessionType {
                    key: "talk".into(),
                    name: "Long talk".into(),
                    minutes: 1_000,
                },
            ],
            languages: vec!["xx-nope-".into()],
            ..Default::default()
        };
        assert_eq!(
            codes(d.validate().unwrap_err()),
            [
                ("closes".to_string(), "range_reversed"),
                ("session_types.1.key".into(), "duplicate"),
                ("session_types.1.minutes".into(), "session_minutes_range"),
                ("languages.0".into(), "invalid_language"),
            ]
        );
    }
}
