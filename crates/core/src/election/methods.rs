//! The election methods, what a ballot of each looks like, and the counts that are not
//! STV: approval, single choice (plurality), and support/neutral/oppose ranked by
//! support ÷ (support + oppose).
//!
//! Ties at the last seat follow the same policy as Meek STV's ([`super::meek`]): there are
//! no earlier rounds to compare, so the seeded draw decides, and the result says so.

use serde::{Deserialize, Serialize};

use super::meek::TieBreak;
use super::{Ballot, Contest, Fixed, draw_key, meek};
use crate::error::{Error, FieldErrors};

/// How an election is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Method {
    /// Rank the candidates; Meek STV with the Droop quota.
    Meek,
    /// Approve any number of candidates; the most approved win.
    Approval,
    /// One candidate; the most votes win.
    Plurality,
    /// Support, neutral or oppose for each candidate; ranked by support ÷ (support + oppose).
    SupportOppose,
}

impl Method {
    pub const ALL: [Method; 4] = [
        Method::Meek,
        Method::Approval,
        Method::Plurality,
        Method::SupportOppose,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Method::Meek => "meek",
            Method::Approval => "approval",
            Method::Plurality => "plurality",
            Method::SupportOppose => "support_oppose",
        }
    }

    pub fn parse(s: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|m| m.as_str() == s.trim())
    }
}

/// One voter's stance on one candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    Support,
    Neutral,
    Oppose,
}

/// A ballot as cast: candidates by index (0-based) in the election's candidate order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "method", content = "choice")]
pub enum Vote {
    /// Most preferred first.
    Meek(Vec<usize>),
    Approval(Vec<usize>),
    Plurality(usize),
    /// One stance per candidate, in candidate order.
    SupportOppose(Vec<Stance>),
}

impl Vote {
    /// Checks a ballot against the election: the method's own shape, only real candidates,
    /// none twice. Field `ballot`, codes `ballot_method`, `ballot_empty`,
    /// `ballot_unknown_candidate`, `ballot_repeated_candidate`, `ballot_stances`.
    pub fn validate(&self, method: Method, candidates: usize) -> Result<(), Error> {
        let mut e = FieldErrors::new();
        let code = match (self, method) {
            (Vote::Meek(list), Method::Meek) | (Vote::Approval(list), Method::Approval) => {
                if list.is_empty() && method == Method::Meek {
                    Some("ballot_empty")
                } else if list.iter().any(|&c| c >= candidates) {
                    Some("ballot_unknown_candidate")
                } else if (1..list.len()).any(|i| list[..i].contains(&list[i])) {
                    Some("ballot_repeated_candidate")
                } else {
                    None
                }
            }
            (Vote::Plurality(c), Method::Plurality) => {
                (*c >= candidates).then_some("ballot_unknown_candidate")
            }
            (Vote::SupportOppose(s), Method::SupportOppose) => {
                (s.len() != candidates).then_some("ballot_stances")
            }
            _ => Some("ballot_method"),
        };
        if let Some(code) = code {
            e.add("ballot", code);
        }
        e.finish(|| ())
    }
}

/// A candidate's line in a result that is not STV.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    pub candidate: usize,
    /// Approvals, votes, or supports.
    pub support: u64,
    pub neutral: u64,
    pub oppose: u64,
    /// support ÷ (support + oppose), for support/neutral/oppose (none without either).
    pub ratio: Option<Fixed>,
}

/// The count of an election.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Meek(meek::MeekCount),
    /// Best first; the winners are the first `seats`.
    Ranked {
        lines: Vec<Line>,
        elected: Vec<usize>,
        /// Candidates tied across the last seat, and how it was decided.
        tie: Option<(Vec<usize>, TieBreak)>,
    },
}

impl Outcome {
    pub fn elected(&self) -> &[usize] {
        match self {
            Outcome::Meek(c) => &c.elected,
            Outcome::Ranked { elected, .. } => elected,
        }
    }
}

/// Counts the ballots of an election. `ballots` must have been validated for `method`;
/// `withdrawn` candidates (by index) stay on the ballots but cannot win: their votes pass on
/// (Meek) or count for nobody.
pub fn count(
    method: Method,
    title: &str,
    candidates: &[String],
    seats: usize,
    withdrawn: &[usize],
    ballots: &[Vote],
) -> Outcome {
    let mut contest = as_contest(title, candidates, seats, ballots);
    contest.withdrawn = withdrawn.to_vec();
    if method == Method::Meek {
        return Outcome::Meek(meek::count(&contest));
    }
    ranked(method, &contest, ballots)
}

/// The same count within `limits` (only Meek STV's can take long: the others are one pass
/// over the ballots).
pub fn count_within(
    method: Method,
    contest: &Contest,
    ballots: &[Vote],
    limits: &meek::Limits,
) -> Result<Outcome, meek::OverBudget> {
    if method == Method::Meek {
        return meek::count_within(contest, limits).map(Outcome::Meek);
    }
    Ok(ranked(method, contest, ballots))
}

/// A count that is not STV: the candidates ranked by approvals, votes or support ratio.
fn ranked(method: Method, contest: &Contest, ballots: &[Vote]) -> Outcome {
    let candidates = &contest.candidates;
    let seats = contest.seats;
    let withdrawn = &contest.withdrawn;
    let n = candidates.len();
    let mut lines: Vec<Line> = (0..n)
        .map(|candidate| Line {
            candidate,
            support: 0,
            neutral: 0,
            oppose: 0,
            ratio: None,
        })
        .collect();
    for v in ballots {
        match v {
            Vote::Approval(list) => list.iter().for_each(|&c| lines[c].support += 1),
            Vote::Plurality(c) => lines[*c].support += 1,
            Vote::SupportOppose(stances) => {
                for (c, s) in stances.iter().enumerate() {
                    match s {
                        Stance::Support => lines[c].support += 1,
                        Stance::Neutral => lines[c].neutral += 1,
                        Stance::Oppose => lines[c].oppose += 1,
                    }
                }
            }
            Vote::Meek(_) => {}
        }
    }
    if method == Method::SupportOppose {
        for l in &mut lines {
            let decided = l.support + l.oppose;
            l.ratio = (decided > 0)
                .then(|| Fixed::from_int(l.support as i64) / Fixed::from_int(decided as i64));
        }
    }
    lines.retain(|l| !withdrawn.contains(&l.candidate));
    let score = |l: &Line| match method {
        Method::SupportOppose => l.ratio.unwrap_or(Fixed::ZERO),
        _ => Fixed::from_int(l.support as i64),
    };
    let seed = contest.seed();
    let key = |c: usize| draw_key(&seed, candidates.get(c).map(String::as_str).unwrap_or(""));
    // Best first; equal scores in the draw's order (largest key first).
    lines.sort_by(|a, b| {
        score(b)
            .cmp(&score(a))
            .then_with(|| key(b.candidate).cmp(&key(a.candidate)))
    });
    let seats = seats.min(lines.len());
    let elected: Vec<usize> = lines.iter().take(seats).map(|l| l.candidate).collect();
    // A tie across the last seat: the winners' last score is shared by someone left out.
    let tie = match (
        seats.checked_sub(1).and_then(|i| lines.get(i)),
        lines.get(seats),
    ) {
        (Some(last_in), Some(first_out)) if score(last_in) == score(first_out) => {
            let shared = score(last_in);
            let tied = lines
                .iter()
                .filter(|l| score(l) == shared)
                .map(|l| l.candidate)
                .collect();
            Some((tied, TieBreak::Draw))
        }
        _ => None,
    };
    Outcome::Ranked {
        lines,
        elected,
        tie,
    }
}

/// The ballots as a contest: for the BLT file every method publishes (ranked ballots as
/// ranked; an approval or a support as an unordered list; a single choice as itself), and
/// for the draw's seed.
pub fn as_contest(title: &str, candidates: &[String], seats: usize, ballots: &[Vote]) -> Contest {
    Contest {
        title: title.to_string(),
        candidates: candidates.to_vec(),
        seats,
        withdrawn: Vec::new(),
        ballots: ballots
            .iter()
            .map(|v| Ballot {
                count: 1,
                ranking: match v {
                    Vote::Meek(list) | Vote::Approval(list) => list.clone(),
                    Vote::Plurality(c) => vec![*c],
                    Vote::SupportOppose(s) => s
                        .iter()
                        .enumerate()
                        .filter(|(_, s)| **s == Stance::Support)
                        .map(|(c, _)| c)
                        .collect(),
                },
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("C{i}")).collect()
    }

    #[test]
    fn bad_ballots_are_refused_with_their_reason() {
        let code = |v: Vote, m: Method| match v.validate(m, 3) {
            Err(Error::Validation(f)) => f.iter().next().map(|f| f.code),
            _ => None,
        };
        assert_eq!(
            code(Vote::Meek(vec![0, 2, 0]), Method::Meek),
            Some("ballot_repeated_candidate")
        );
        assert_eq!(
            code(Vote::Meek(vec![0, 3]), Method::Meek),
            Some("ballot_unknown_candidate")
        );
        assert_eq!(code(Vote::Meek(vec![]), Method::Meek), Some("ballot_empty"));
        assert_eq!(
            code(Vote::Plurality(1), Method::Meek),
            Some("ballot_method")
        );
        assert_eq!(
            code(
                Vote::SupportOppose(vec![Stance::Support]),
                Method::SupportOppose
            ),
            Some("ballot_stances")
        );
        assert!(
            Vote::Approval(vec![]).validate(Method::Approval, 3).is_ok(),
            "approving nobody is a blank ballot"
        );
        assert!(Vote::Meek(vec![2, 0]).validate(Method::Meek, 3).is_ok());
    }

    #[test]
    fn approval_plurality_and_support_oppose_rank_as_they_should() {
        let approval = [vec![0, 1], vec![1], vec![1, 2], vec![2]].map(Vote::Approval);
        let Outcome::Ranked {
            elected,
            tie,
            lines,
        } = count(Method::Approval, "t", &names(3), 1, &[], &approval)
        else {
            panic!("ranked")
        };
        assert_eq!((elected, tie), (vec![1], None));
        assert_eq!(lines[0].support, 3);
        let plurality = [0, 2, 2, 1].map(Vote::Plurality);
        assert_eq!(
            count(Method::Plurality, "t", &names(3), 1, &[], &plurality).elected(),
            [2]
        );
        // C0: 3 support, 1 oppose (0.75); C1: 1 support, 0 oppose (1.0); C2: 2 and 2 (0.5).
        use Stance::*;
        let sno = [
            vec![Support, Support, Oppose],
            vec![Support, Neutral, Support],
            vec![Support, Neutral, Oppose],
            vec![Oppose, Neutral, Support],
        ]
        .map(Vote::SupportOppose);
        let Outcome::Ranked { lines, elected, .. } =
            count(Method::SupportOppose, "t", &names(3), 2, &[], &sno)
        else {
            panic!("ranked")
        };
        assert_eq!(elected, [1, 0]);
        assert_eq!(
            lines[0].ratio.map(|r| r.to_string()).as_deref(),
            Some("1.0000000000")
        );
        assert_eq!(
            lines[1].ratio.map(|r| r.to_string()).as_deref(),
            Some("0.7500000000")
        );
        assert_eq!((lines[2].support, lines[2].oppose), (2, 2));
    }

    #[test]
    fn a_tie_for_the_last_seat_goes_to_the_draw_the_same_way_every_time() {
        let ballots = [0, 1, 2, 2].map(Vote::Plurality);
        let first = count(Method::Plurality, "t", &names(3), 2, &[], &ballots);
        let Outcome::Ranked { elected, tie, .. } = &first else {
            panic!("ranked")
        };
        assert_eq!(elected[0], 2);
        assert_eq!(
            tie.as_ref().map(|t| (t.0.len(), t.1.clone())),
            Some((2, TieBreak::Draw))
        );
        let again = count(Method::Plurality, "t", &names(3), 2, &[], &ballots);
        assert_eq!(first.elected(), again.elected());
        // A withdrawn candidate cannot win, whatever the votes.
        assert_eq!(
            count(Method::Plurality, "t", &names(3), 1, &[2], &ballots)
                .elected()
                .len(),
            1
        );
        assert_ne!(
            count(Method::Plurality, "t", &names(3), 1, &[2], &ballots).elected(),
            [2]
        );
    }
}
