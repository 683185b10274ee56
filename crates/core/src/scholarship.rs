//! Scholarships for a conference: the application (seed 003's "applied in 2019 and 2023"
//! is the participation history), the phases a round goes through, the flags and decisions
//! of its reviewers and organizers, and the cut-off applicants see once decisions are out.
//!
//! Storage, the API and pages are not built yet; this is the domain they will stand on.

use serde::{Deserialize, Serialize};

use crate::conference::{PLAN_MAX, TEXT_MAX};
use crate::error::{Error, FieldErrors, Invalid};
use crate::text::{clean_block, clean_line};

/// An application as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
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
        let need = match self.need.trim() {
            "full" => Some(Need::Full),
            "partial" => Some(Need::Partial),
            _ => {
                e.add("need", "invalid_choice");
                None
            }
        };
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

#[cfg(test)]
mod tests {
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
