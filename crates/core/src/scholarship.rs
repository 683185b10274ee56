//! Scholarships for a conference: the application (seed 003's "applied in 2019 and 2023"
//! is the participation history), the phases a round goes through, the flags and decisions
//! of its reviewers and organizers, and the cut-off applicants see once decisions are out.

use serde::{Deserialize, Serialize};

use crate::conference::{Criterion, PLAN_MAX, TEXT_MAX, scale};
use crate::election::setup::instant;
use crate::error::{Error, FieldErrors, Invalid};
use crate::text::{clean_block, clean_line};
use crate::time::Timestamp;

/// A conference's scholarship round as the organizers type it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct RoundDraft {
    /// When applications are taken: RFC 3339 or a date (midnight UTC).
    pub opens: String,
    pub closes: String,
    /// What reviewers score (one "Overall" criterion when none is given).
    pub criteria: Vec<Criterion>,
    /// The top of the scale (5 when 0 or not given); scores run from 0.
    pub score_max: u32,
}

/// A checked round.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Round {
    pub opens: Timestamp,
    pub closes: Timestamp,
    pub criteria: Vec<Criterion>,
    pub score_max: u32,
}

impl RoundDraft {
    pub fn validate(&self) -> Result<Round, Error> {
        let mut e = FieldErrors::new();
        let opens = e.check("opens", instant(&self.opens));
        let closes = e.check("closes", instant(&self.closes));
        if let (Some(o), Some(c)) = (opens, closes)
            && c <= o
        {
            e.add("closes", "range_reversed");
        }
        let (criteria, score_max) = scale(&self.criteria, self.score_max, &mut e);
        e.finish(|| Round {
            opens: opens.unwrap_or(Timestamp(0)),
            closes: closes.unwrap_or(Timestamp(0)),
            criteria,
            score_max,
        })
    }
}

impl Round {
    /// Whether applications may be sent or changed at `now` in `phase`.
    pub fn takes_applications(&self, phase: Phase, now: Timestamp) -> bool {
        phase == Phase::Open && self.opens <= now && now < self.closes
    }

    /// Why an application cannot be sent or changed at `now`, if it cannot.
    pub fn refuse_application(&self, phase: Phase, now: Timestamp) -> Option<Error> {
        if phase != Phase::Open || now >= self.closes {
            Some(Error::Conflict("scholarship_closed"))
        } else if now < self.opens {
            Some(Error::Conflict("scholarship_not_open"))
        } else {
            None
        }
    }
}

/// An application as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct ApplicationDraft {
    /// Where the applicant lives and works (a country or region).
    pub region: String,
    /// Earlier conferences and applications ("applied in 2019 and 2023").
    pub history: String,
    /// What they have done on the wikis and in the community.
    pub contributions: String,
    pub motivation: String,
    /// `full` or `partial`.
    pub need: String,
}

/// How much support is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    Full,
    Partial,
}

impl Need {
    pub fn as_str(self) -> &'static str {
        match self {
            Need::Full => "full",
            Need::Partial => "partial",
        }
    }

    pub fn parse(s: &str) -> Option<Need> {
        [Need::Full, Need::Partial]
            .into_iter()
            .find(|n| n.as_str() == s)
    }
}

/// A checked application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Application {
    pub region: String,
    pub history: String,
    pub contributions: String,
    pub motivation: String,
    pub need: Need,
}

fn required(field: &str, text: &str, max: usize, e: &mut FieldErrors) -> Option<String> {
    let checked = e.check(field, clean_block(text, max))?;
    if checked.is_empty() {
        e.add(field, "required");
        return None;
    }
    Some(checked)
}

impl ApplicationDraft {
    pub fn validate(&self) -> Result<Application, Error> {
        let mut e = FieldErrors::new();
        let region = match e.check("region", clean_line(&self.region, 100)) {
            Some(r) if r.is_empty() => {
                e.add("region", "required");
                None
            }
            other => other,
        };
        let history = e.check("history", clean_block(&self.history, TEXT_MAX));
        let contributions = required("contributions", &self.contributions, PLAN_MAX, &mut e);
        let motivation = required("motivation", &self.motivation, TEXT_MAX, &mut e);
        let need = Need::parse(self.need.trim());
        if need.is_none() {
            e.add("need", "invalid_choice");
        }
        e.finish(|| Application {
            region: region.unwrap_or_default(),
            history: history.unwrap_or_default(),
            contributions: contributions.unwrap_or_default(),
            motivation: motivation.unwrap_or_default(),
            need: need.unwrap_or(Need::Full),
        })
    }
}

/// Where a round stands. Applications are taken while it is open; then organizers check
/// eligibility, reviewers score, organizers decide, and the decisions are published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Open,
    Eligibility,
    Scoring,
    Decision,
    Published,
}

impl Phase {
    pub const ALL: [Phase; 5] = [
        Phase::Open,
        Phase::Eligibility,
        Phase::Scoring,
        Phase::Decision,
        Phase::Published,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Open => "open",
            Phase::Eligibility => "eligibility",
            Phase::Scoring => "scoring",
            Phase::Decision => "decision",
            Phase::Published => "published",
        }
    }

    pub fn parse(s: &str) -> Option<Phase> {
        Phase::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// A round moves one phase forward at a time; published is final.
    pub fn advance_to(self, next: Phase) -> Result<Phase, Invalid> {
        if next as u8 == self as u8 + 1 {
            Ok(next)
        } else {
            Err(Invalid::new("phase_order"))
        }
    }
}

/// Why an application leaves the round before scoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    Spam,
    Ineligible,
}

impl Flag {
    pub fn as_str(self) -> &'static str {
        match self {
            Flag::Spam => "spam",
            Flag::Ineligible => "ineligible",
        }
    }

    pub fn parse(s: &str) -> Option<Flag> {
        [Flag::Spam, Flag::Ineligible]
            .into_iter()
            .find(|f| f.as_str() == s)
    }
}

/// The organizers' decision on an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Full,
    Partial,
    Waitlist,
    Declined,
}

impl Decision {
    pub const ALL: [Decision; 4] = [
        Decision::Full,
        Decision::Partial,
        Decision::Waitlist,
        Decision::Declined,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Full => "full",
            Decision::Partial => "partial",
            Decision::Waitlist => "waitlist",
            Decision::Declined => "declined",
        }
    }

    pub fn parse(s: &str) -> Option<Decision> {
        Decision::ALL.into_iter().find(|d| d.as_str() == s)
    }

    /// Whether it awards a scholarship.
    pub fn awards(self) -> bool {
        matches!(self, Decision::Full | Decision::Partial)
    }
}

/// The cut-off applicants are shown once decisions are out: the lowest mean score among
/// the applications that were awarded a scholarship (none when nobody was).
pub fn cutoff(decided: &[(f64, Decision)]) -> Option<f64> {
    decided
        .iter()
        .filter(|(_, d)| d.awards())
        .map(|(s, _)| *s)
        .min_by(f64::total_cmp)
}

/// What someone is to a scholarship round: who may see, review and flag an application
/// is decided here, from the applicant's account alone.
#[derive(Debug, Clone, Copy)]
pub struct Roles {
    /// An organizer of the conference.
    pub organizer: bool,
    /// One of the round's reviewers.
    pub reviewer: bool,
    /// The account asking, if signed in.
    pub me: Option<crate::account::UserId>,
}

impl Roles {
    /// Whether they may see the application of `applicant` at all.
    pub fn sees(&self, applicant: crate::account::UserId) -> bool {
        self.organizer || self.reviewer || self.me == Some(applicant)
    }

    /// Whether they see it as a reviewer (never their own).
    pub fn reviews(&self, applicant: crate::account::UserId) -> bool {
        self.reviewer && self.me != Some(applicant)
    }

    /// Whether they may flag it: the organizers and its reviewers. The refusal says why not.
    pub fn may_flag(&self, applicant: crate::account::UserId) -> Result<(), Error> {
        if self.organizer || self.reviews(applicant) {
            Ok(())
        } else if self.reviewer {
            Err(Error::Forbidden("own_application"))
        } else {
            Err(Error::Forbidden("not_reviewer"))
        }
    }

    /// Whether they may decide: the organizers only.
    pub fn may_decide(&self) -> Result<(), Error> {
        if self.organizer {
            Ok(())
        } else {
            Err(Error::Forbidden("not_affiliate_admin"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Roles;
    use crate::account::UserId;

    #[test]
    fn who_sees_reviews_and_flags_an_application_role_by_role() {
        let (applicant, other) = (7, 8);
        let organizer = Roles {
            organizer: true,
            reviewer: false,
            me: Some(UserId(1)),
        };
        let reviewer = Roles {
            organizer: false,
            reviewer: true,
            me: Some(UserId(other)),
        };
        let reviewing_own = Roles {
            organizer: false,
            reviewer: true,
            me: Some(UserId(applicant)),
        };
        let own = Roles {
            organizer: false,
            reviewer: false,
            me: Some(UserId(applicant)),
        };
        let stranger = Roles {
            organizer: false,
            reviewer: false,
            me: Some(UserId(other)),
        };
        let anonymous = Roles {
            organizer: false,
            reviewer: false,
            me: None,
        };
        assert!(organizer.sees(UserId(applicant)) && organizer.may_flag(UserId(applicant)).is_ok());
        assert!(organizer.may_decide().is_ok());
        assert!(reviewer.sees(UserId(applicant)) && reviewer.reviews(UserId(applicant)));
        assert!(reviewer.may_flag(UserId(applicant)).is_ok() && reviewer.may_decide().is_err());
        assert!(!reviewing_own.reviews(UserId(applicant)));
        assert!(matches!(
            reviewing_own.may_flag(UserId(applicant)),
            Err(crate::Error::Forbidden("own_application"))
        ));
        assert!(own.sees(UserId(applicant)) && !own.reviews(UserId(applicant)));
        assert!(matches!(
            own.may_flag(UserId(applicant)),
            Err(crate::Error::Forbidden("not_reviewer"))
        ));
        assert!(!stranger.sees(UserId(applicant)) && !anonymous.sees(UserId(applicant)));
        assert!(stranger.may_decide().is_err() && anonymous.may_flag(UserId(applicant)).is_err());
    }

    use super::*;
    use crate::conference::{Criterion, weighted};

    fn seed_003() -> ApplicationDraft {
        ApplicationDraft {
            region: "Bangladesh".into(),
            history: "I applied in 2019 and 2023.".into(),
            contributions: "Articles on the Bengali Wikipedia; photowalks.".into(),
            motivation: "To meet the communities I work with online.".into(),
            need: "full".into(),
        }
    }

    #[test]
    fn an_application_reads_and_every_bad_field_is_named() {
        let a = seed_003().validate().unwrap();
        assert_eq!(
            (a.need, a.history.as_str()),
            (Need::Full, "I applied in 2019 and 2023.")
        );
        let bad = ApplicationDraft {
            region: " ".into(),
            contributions: String::new(),
            need: "some".into(),
            ..seed_003()
        };
        let codes: Vec<(String, &str)> = match bad.validate().unwrap_err() {
            Error::Validation(f) => f.iter().map(|x| (x.field.clone(), x.code)).collect(),
            other => panic!("{other:?}"),
        };
        assert_eq!(
            codes,
            [
                ("region".to_string(), "required"),
                ("contributions".into(), "required"),
                ("need".into(), "invalid_choice"),
            ]
        );
    }

    #[test]
    fn a_round_takes_applications_only_while_open_and_in_its_dates() {
        let round = RoundDraft {
            opens: "2026-12-01".into(),
            closes: "2026-12-10".into(),
            ..RoundDraft::default()
        }
        .validate()
        .unwrap();
        assert_eq!(
            (round.criteria.len(), round.score_max),
            (1, 5),
            "the defaults"
        );
        let day = |d: i64| Timestamp(round.opens.0 + d * 86_400);
        assert!(round.takes_applications(Phase::Open, day(3)));
        let code = |phase, at| match round.refuse_application(phase, at) {
            Some(Error::Conflict(c)) => Some(c),
            other => other.map(|_| "another refusal"),
        };
        assert_eq!(code(Phase::Open, day(3)), None);
        assert_eq!(code(Phase::Open, day(-1)), Some("scholarship_not_open"));
        assert_eq!(code(Phase::Open, day(9)), Some("scholarship_closed"));
        assert_eq!(code(Phase::Eligibility, day(3)), Some("scholarship_closed"));
        let bad = RoundDraft {
            opens: "2026-12-10".into(),
            closes: "2026-12-01".into(),
            score_max: 500,
            ..RoundDraft::default()
        };
        let codes: Vec<&str> = match bad.validate().unwrap_err() {
            Error::Validation(f) => f.iter().map(|x| x.code).collect(),
            other => panic!("{other:?}"),
        };
        assert_eq!(codes, ["range_reversed", "too_large"]);
    }

    #[test]
    fn phases_go_forward_one_at_a_time() {
        assert_eq!(
            Phase::Open.advance_to(Phase::Eligibility),
            Ok(Phase::Eligibility)
        );
        assert!(
            Phase::Open.advance_to(Phase::Scoring).is_err(),
            "no skipping"
        );
        assert!(
            Phase::Scoring.advance_to(Phase::Eligibility).is_err(),
            "no going back"
        );
        assert!(Phase::Published.advance_to(Phase::Open).is_err());
        assert_eq!(Phase::parse("decision"), Some(Phase::Decision));
    }

    #[test]
    fn the_cutoff_is_the_lowest_awarded_score() {
        let criteria = [
            Criterion {
                name: "Contributions".into(),
                weight: 3.0,
            },
            Criterion {
                name: "Need".into(),
                weight: 1.0,
            },
        ];
        assert!((weighted(&criteria, &[4, 0]) - 3.0).abs() < 1e-9);
        let decided = [
            (4.5, Decision::Full),
            (3.25, Decision::Partial),
            (3.5, Decision::Waitlist),
            (1.0, Decision::Declined),
        ];
        assert_eq!(cutoff(&decided), Some(3.25));
        assert_eq!(cutoff(&[(2.0, Decision::Declined)]), None);
    }
}
