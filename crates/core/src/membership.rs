//! Membership: who may join an affiliate and on what terms. An affiliate's admins set
//! eligibility rules; an applicant's answers are checked here, and a refusal names the
//! rules that failed. Answers are private to the member and the affiliate's admins.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::account::{AffiliateId, UserId, Viewer};
use crate::codes::CountryCode;
use crate::error::{Error, FieldErrors, Invalid};
use crate::text::{self, Translatable};
use crate::time::parse_date;

/// A member is a person, or an institution a person represents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MemberKind {
    Individual,
    Institution,
}

impl MemberKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MemberKind::Individual => "individual",
            MemberKind::Institution => "institution",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "individual" => Some(MemberKind::Individual),
            "institution" => Some(MemberKind::Institution),
            _ => None,
        }
    }
}

/// Where a membership stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MembershipStatus {
    /// Waiting for an organizer (affiliates that review applications).
    Pending,
    Active,
    Declined,
    Left,
}

impl MembershipStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            MembershipStatus::Pending => "pending",
            MembershipStatus::Active => "active",
            MembershipStatus::Declined => "declined",
            MembershipStatus::Left => "left",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Pending, Self::Active, Self::Declined, Self::Left]
            .into_iter()
            .find(|x| x.as_str() == s)
    }
}

/// A question an affiliate asks applicants.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: i64,
    pub text: Translatable,
    pub required: bool,
}

/// An affiliate's terms of membership. Empty rules: anyone signed in joins with one click.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rules {
    /// Applications wait for an organizer's decision.
    pub review: bool,
    pub min_age: Option<u32>,
    /// Individuals must be citizens or residents of one of these.
    pub countries: Vec<CountryCode>,
    pub allow_institutions: bool,
    /// Institutions must be registered in one of these (any country when empty).
    pub institution_countries: Vec<CountryCode>,
    /// Wikimedia edits and account age, as stated by the applicant (unverified).
    pub min_edits: Option<u32>,
    pub min_account_days: Option<u32>,
    pub questions: Vec<Question>,
}

impl Rules {
    /// Whether joining needs a form rather than one click.
    pub fn asks_anything(&self) -> bool {
        self.min_age.is_some()
            || !self.countries.is_empty()
            || self.allow_institutions
            || self.min_edits.is_some()
            || self.min_account_days.is_some()
            || !self.questions.is_empty()
    }
}

pub const AGE_MIN: u32 = 5;
pub const AGE_MAX: u32 = 120;
pub const ANSWER_MAX: usize = 2_000;
pub const INSTITUTION_MAX: usize = 200;
pub const EDITS_MAX: u32 = 100_000_000;

/// An application as submitted: text as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ApplicationDraft {
    /// `individual` (default) or `institution`.
    pub kind: Option<String>,
    pub age: Option<String>,
    /// ISO 3166-1 code of the applicant's citizenship or residence.
    pub country: Option<String>,
    /// The institution's name, for an institution.
    pub institution: Option<String>,
    /// ISO 3166-1 code of the country the institution is registered in.
    pub institution_country: Option<String>,
    /// Wikimedia edit count, as stated (unverified).
    pub edit_count: Option<String>,
    /// The day the Wikimedia account was created, `YYYY-MM-DD`, as stated (unverified).
    pub account_created: Option<String>,
    /// Answers to the affiliate's questions, by question id.
    #[serde(default)]
    pub answers: Vec<AnswerDraft>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AnswerDraft {
    pub question: i64,
    pub answer: String,
}

/// A checked application. Private: see [`may_see_answers`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Application {
    pub kind: Option<MemberKind>,
    pub age: Option<u32>,
    pub country: Option<CountryCode>,
    pub institution: Option<String>,
    pub institution_country: Option<CountryCode>,
    pub edit_count: Option<u32>,
    pub account_created: Option<Date>,
    pub answers: Vec<(i64, String)>,
}

impl Application {
    pub fn kind(&self) -> MemberKind {
        self.kind.unwrap_or(MemberKind::Individual)
    }
}

fn given(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl ApplicationDraft {
    /// Checks the form itself: numbers, codes and dates that make sense, required
    /// questions answered. Whether the applicant may join is [`evaluate`]'s question.
    pub fn validate(&self, rules: &Rules, today: Date) -> Result<Application, Error> {
        let mut e = FieldErrors::new();
        let kind = match given(&self.kind) {
            None => None,
            Some(k) => e.check(
                "kind",
                MemberKind::parse(k).ok_or_else(|| Invalid::new("invalid_choice")),
            ),
        };
        let age = given(&self.age).and_then(|a| {
            e.check(
                "age",
                a.parse::<u32>()
                    .ok()
                    .filter(|n| (AGE_MIN..=AGE_MAX).contains(n))
                    .ok_or_else(|| Invalid::new("impossible_age")),
            )
        });
        let country = given(&self.country).and_then(|c| e.check("country", CountryCode::parse(c)));
        let institution = given(&self.institution)
            .and_then(|i| e.check("institution", text::clean_line(i, INSTITUTION_MAX)));
        let institution_country = given(&self.institution_country)
            .and_then(|c| e.check("institution_country", CountryCode::parse(c)));
        let edit_count = given(&self.edit_count).and_then(|n| {
            e.check(
                "edit_count",
                n.parse::<u32>()
                    .ok()
                    .filter(|n| *n <= EDITS_MAX)
                    .ok_or_else(|| Invalid::new("invalid_number")),
            )
        });
        let account_created = given(&self.account_created).and_then(|d| {
            e.check(
                "account_created",
                parse_date(d).and_then(|d| {
                    if d > today {
                        Err(Invalid::new("future_date"))
                    } else {
                        Ok(d)
                    }
                }),
            )
        });
        if kind == Some(MemberKind::Institution) && institution.is_none() {
            e.add("institution", "required");
        }
        let mut answers = Vec::new();
        for q in &rules.questions {
            let answer = self
                .answers
                .iter()
                .find(|a| a.question == q.id)
                .map(|a| a.answer.trim())
                .unwrap_or("");
            let field = format!("answers.{}", q.id);
            if answer.is_empty() {
                if q.required {
                    e.add(field, "required");
                }
                continue;
            }
            if let Some(a) = e.check(&field, text::clean_block(answer, ANSWER_MAX)) {
                answers.push((q.id, a));
            }
        }
        if let Some(unknown) = self
            .answers
            .iter()
            .find(|a| !rules.questions.iter().any(|q| q.id == a.question))
        {
            e.add(format!("answers.{}", unknown.question), "unknown_question");
        }
        e.finish(|| Application {
            kind,
            age,
            country,
            institution,
            institution_country,
            edit_count,
            account_created,
            answers,
        })
    }
}

/// A rule an application does not meet, with what the message needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// `min_age`, `age_missing`, `country`, `institutions_not_admitted`,
    /// `institution_country`, `min_edits`, `min_account_age`.
    pub rule: &'static str,
    pub args: Vec<(&'static str, String)>,
}

fn refuse(rule: &'static str, args: Vec<(&'static str, String)>) -> Refusal {
    Refusal { rule, args }
}

fn codes(list: &[CountryCode]) -> String {
    list.iter()
        .map(|c| c.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every rule the application fails; empty means the applicant may join.
pub fn evaluate(rules: &Rules, app: &Application, today: Date) -> Vec<Refusal> {
    let mut out = Vec::new();
    match app.kind() {
        MemberKind::Institution => {
            if !rules.allow_institutions {
                out.push(refuse("institutions_not_admitted", vec![]));
            } else if !rules.institution_countries.is_empty()
                && !app
                    .institution_country
                    .as_ref()
                    .is_some_and(|c| rules.institution_countries.contains(c))
            {
                out.push(refuse(
                    "institution_country",
                    vec![("countries", codes(&rules.institution_countries))],
                ));
            }
        }
        MemberKind::Individual => {
            if let Some(min) = rules.min_age {
                match app.age {
                    None => out.push(refuse("age_missing", vec![("min", min.to_string())])),
                    Some(age) if age < min => {
                        out.push(refuse("min_age", vec![("min", min.to_string())]))
                    }
                    Some(_) => {}
                }
            }
            if !rules.countries.is_empty()
                && !app
                    .country
                    .as_ref()
                    .is_some_and(|c| rules.countries.contains(c))
            {
                out.push(refuse(
                    "country",
                    vec![("countries", codes(&rules.countries))],
                ));
            }
            if let Some(min) = rules.min_edits
                && app.edit_count.is_none_or(|n| n < min)
            {
                out.push(refuse("min_edits", vec![("min", min.to_string())]));
            }
            if let Some(days) = rules.min_account_days {
                let old_enough = app
                    .account_created
                    .is_some_and(|d| (today - d).get_days() >= days as i32);
                if !old_enough {
                    out.push(refuse("min_account_age", vec![("days", days.to_string())]));
                }
            }
        }
    }
    out
}

/// Who may read a membership's answers (ages, citizenship, free answers): the member and
/// the affiliate's own admins. Site admins are not shown them unless they organize the
/// affiliate themselves.
pub fn may_see_answers(viewer: &Viewer, affiliate: AffiliateId, member: UserId) -> bool {
    viewer
        .account()
        .is_some_and(|a| a.id == member || a.admin_of.contains(&affiliate))
}

/// A rules edit as submitted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RulesDraft {
    #[serde(default)]
    pub review: bool,
    pub min_age: Option<String>,
    /// ISO 3166-1 codes.
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub allow_institutions: bool,
    #[serde(default)]
    pub institution_countries: Vec<String>,
    pub min_edits: Option<String>,
    pub min_account_days: Option<String>,
    /// The questions, in order; an existing question keeps its id.
    #[serde(default)]
    pub questions: Vec<QuestionDraft>,
    /// The language the question texts are written in.
    pub lang: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct QuestionDraft {
    pub id: Option<i64>,
    pub text: String,
    #[serde(default)]
    pub required: bool,
}

pub const QUESTION_MAX: usize = 500;
pub const QUESTIONS_MAX: usize = 20;

/// Checked rules; questions without an id are new.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RulesChanges {
    pub rules: Rules,
    /// `(existing id, text, required)`; texts in `lang`.
    pub questions: Vec<(Option<i64>, String, bool)>,
    pub lang: crate::text::LangTag,
}

impl RulesDraft {
    pub fn validate(self, fallback_lang: &crate::text::LangTag) -> Result<RulesChanges, Error> {
        let mut e = FieldErrors::new();
        let small =
            |e: &mut FieldErrors, field: &str, v: &Option<String>, max: u32| -> Option<u32> {
                given(v).and_then(|s| {
                    e.check(
                        field,
                        s.parse::<u32>()
                            .ok()
                            .filter(|n| *n <= max)
                            .ok_or_else(|| Invalid::new("invalid_number")),
                    )
                })
            };
        let min_age = small(&mut e, "min_age", &self.min_age, AGE_MAX);
        let min_edits = small(&mut e, "min_edits", &self.min_edits, EDITS_MAX);
        let min_account_days = small(&mut e, "min_account_days", &self.min_account_days, 36_500);
        let mut parse_codes = |field: &str, list: &[String]| -> Vec<CountryCode> {
            let mut out: Vec<CountryCode> = Vec::new();
            for c in list.iter().flat_map(|c| crate::codes::split_list(c)) {
                if let Some(code) = e.check(field, CountryCode::parse(&c))
                    && !out.contains(&code)
                {
                    out.push(code);
                }
            }
            out
        };
        let countries = parse_codes("countries", &self.countries);
        let institution_countries =
            parse_codes("institution_countries", &self.institution_countries);
        let lang = match given(&self.lang) {
            Some(l) => e
                .check("lang", crate::text::LangTag::parse(l))
                .unwrap_or_else(|| fallback_lang.clone()),
            None => fallback_lang.clone(),
        };
        let mut questions = Vec::new();
        if self.questions.len() > QUESTIONS_MAX {
            e.add_with(
                "questions",
                "too_many",
                vec![("max", QUESTIONS_MAX.to_string())],
            );
        }
        for (i, q) in self.questions.iter().enumerate() {
            if q.text.trim().is_empty() {
                continue;
            }
            if let Some(t) = e.check(
                &format!("questions.{i}.text"),
                text::clean_line(&q.text, QUESTION_MAX),
            ) {
                questions.push((q.id, t, q.required));
            }
        }
        e.finish(|| RulesChanges {
            rules: Rules {
                review: self.review,
                min_age,
                countries,
                allow_institutions: self.allow_institutions,
                institution_countries,
                min_edits,
                min_account_days,
                questions: Vec::new(),
            },
            questions,
            lang,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::{Account, Username};
    use crate::text::LangTag;

    fn today() -> Date {
        jiff::civil::date(2026, 11, 22)
    }

    /// Seed 001: "Membership is open to Pakistani citizens (aged 18 years and above) and
    /// Institutions registered in Pakistan."
    fn pakistan() -> Rules {
        Rules {
            min_age: Some(18),
            countries: vec![CountryCode::trusted("PK")],
            allow_institutions: true,
            institution_countries: vec![CountryCode::trusted("PK")],
            ..Default::default()
        }
    }

    fn apply(draft: ApplicationDraft, rules: &Rules) -> Vec<&'static str> {
        let app = draft.validate(rules, today()).unwrap();
        evaluate(rules, &app, today())
            .into_iter()
            .map(|r| r.rule)
            .collect()
    }

    fn person(age: &str, country: &str) -> ApplicationDraft {
        ApplicationDraft {
            age: Some(age.into()),
            country: Some(country.into()),
            ..Default::default()
        }
    }

    #[test]
    fn a_member_under_18_cannot_join_the_pakistan_user_group() {
        assert_eq!(apply(person("17", "PK"), &pakistan()), ["min_age"]);
        assert_eq!(apply(person("18", "PK"), &pakistan()), Vec::<&str>::new());
    }

    #[test]
    fn only_pakistani_citizens_and_residents_join_as_individuals() {
        assert_eq!(apply(person("30", "IN"), &pakistan()), ["country"]);
        assert_eq!(
            apply(person("16", "BD"), &pakistan()),
            ["min_age", "country"],
            "every failed rule is named"
        );
        assert_eq!(
            apply(ApplicationDraft::default(), &pakistan()),
            ["age_missing", "country"]
        );
    }

    #[test]
    fn institutions_registered_in_pakistan_are_admitted() {
        let inst = |country: &str| ApplicationDraft {
            kind: Some("institution".into()),
            institution: Some("Lahore University".into()),
            institution_country: Some(country.into()),
            ..Default::default()
        };
        assert_eq!(apply(inst("PK"), &pakistan()), Vec::<&str>::new());
        assert_eq!(apply(inst("AF"), &pakistan()), ["institution_country"]);
        assert_eq!(
            apply(inst("PK"), &Rules::default()),
            ["institutions_not_admitted"]
        );
        let no_name = ApplicationDraft {
            kind: Some("institution".into()),
            ..Default::default()
        };
        assert!(
            no_name.validate(&pakistan(), today()).is_err(),
            "an institution needs its name"
        );
    }

    #[test]
    fn edit_count_and_account_age_as_stated() {
        let rules = Rules {
            min_edits: Some(300),
            min_account_days: Some(180),
            ..Default::default()
        };
        let draft = |edits: &str, created: &str| ApplicationDraft {
            edit_count: Some(edits.into()),
            account_created: Some(created.into()),
            ..Default::default()
        };
        assert_eq!(apply(draft("299", "2026-01-01"), &rules), ["min_edits"]);
        assert_eq!(
            apply(draft("300", "2026-06-01"), &rules),
            ["min_account_age"]
        );
        assert_eq!(
            apply(draft("5000", "2020-02-29"), &rules),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn absurd_answers_are_field_errors_not_refusals() {
        for (draft, field, code) in [
            (person("250", "PK"), "age", "impossible_age"),
            (person("-3", "PK"), "age", "impossible_age"),
            (person("abc", "PK"), "age", "impossible_age"),
            (person("20", "XX"), "country", "unknown_country"),
            (
                ApplicationDraft {
                    account_created: Some("2030-01-01".into()),
                    ..Default::default()
                },
                "account_created",
                "future_date",
            ),
            (
                ApplicationDraft {
                    account_created: Some("2023-02-30".into()),
                    ..Default::default()
                },
                "account_created",
                "impossible_date",
            ),
            (
                ApplicationDraft {
                    edit_count: Some("lots".into()),
                    ..Default::default()
                },
                "edit_count",
                "invalid_number",
            ),
        ] {
            let Err(Error::Validation(e)) = draft.validate(&pakistan(), today()) else {
                panic!("{field} accepted")
            };
            assert_eq!(e.for_field(field).map(|f| f.code), Some(code), "{field}");
        }
    }

    #[test]
    fn required_questions_must_be_answered() {
        let q = Question {
            id: 7,
            text: Translatable::new(&LangTag::trusted("en"), "Which wiki do you edit?"),
            required: true,
        };
        let rules = Rules {
            questions: vec![q],
            ..Default::default()
        };
        let Err(Error::Validation(e)) = ApplicationDraft::default().validate(&rules, today())
        else {
            panic!()
        };
        assert_eq!(e.for_field("answers.7").unwrap().code, "required");
        let answered = ApplicationDraft {
            answers: vec![AnswerDraft {
                question: 7,
                answer: "bnwiki".into(),
            }],
            ..Default::default()
        };
        assert_eq!(
            answered.validate(&rules, today()).unwrap().answers,
            vec![(7, "bnwiki".to_string())]
        );
        let stray = ApplicationDraft {
            answers: vec![AnswerDraft {
                question: 8,
                answer: "?".into(),
            }],
            ..Default::default()
        };
        assert!(stray.validate(&Rules::default(), today()).is_err());
    }

    #[test]
    fn answers_are_for_the_member_and_this_affiliates_admins() {
        let viewer = |id: i64, site_admin: bool, admin_of: Vec<i64>| {
            Viewer::Signed(Account {
                id: UserId(id),
                username: Username::trusted("X"),
                is_site_admin: site_admin,
                preferred_lang: None,
                admin_of: admin_of.into_iter().map(AffiliateId).collect(),
            })
        };
        assert!(
            may_see_answers(&viewer(5, false, vec![]), AffiliateId(2), UserId(5)),
            "the member"
        );
        assert!(
            may_see_answers(&viewer(6, false, vec![2]), AffiliateId(2), UserId(5)),
            "this affiliate's admin"
        );
        assert!(
            !may_see_answers(&viewer(6, false, vec![3]), AffiliateId(2), UserId(5)),
            "another affiliate's admin"
        );
        assert!(
            !may_see_answers(&viewer(6, true, vec![]), AffiliateId(2), UserId(5)),
            "a site admin"
        );
        assert!(!may_see_answers(
            &Viewer::Anonymous,
            AffiliateId(2),
            UserId(5)
        ));
    }

    #[test]
    fn rules_are_checked_when_set() {
        let draft = RulesDraft {
            min_age: Some("18".into()),
            countries: vec!["pk, PK".into()],
            institution_countries: vec!["XX".into()],
            questions: vec![QuestionDraft {
                id: None,
                text: "Why?".into(),
                required: true,
            }],
            ..Default::default()
        };
        let Err(Error::Validation(e)) = draft.clone().validate(&LangTag::trusted("en")) else {
            panic!()
        };
        assert_eq!(
            e.for_field("institution_countries").unwrap().code,
            "unknown_country"
        );
        let ok = RulesDraft {
            institution_countries: vec![],
            ..draft
        }
        .validate(&LangTag::trusted("en"))
        .unwrap();
        assert_eq!(ok.rules.countries, vec![CountryCode::trusted("PK")]);
        assert_eq!(ok.questions, vec![(None, "Why?".to_string(), true)]);
    }
}
