//! `sangam tally`: counts a BLT file and prints the rounds, as text or as one JSON object.

use std::io::Read;
use std::path::Path;

use anyhow::{Context, bail};
use sangam_core::election::meek::{self, MeekCount, TieBreak};
use sangam_core::election::{Contest, Fixed, blt};
use serde_json::{Map, Value, json};

use crate::TallyMethod;

/// What a BLT refusal means, for the person who gave the file.
fn explain(code: &str) -> &'static str {
    match code {
        "blt_empty" => "the file is empty",
        "blt_header" => {
            "the first line must give the number of candidates and of seats (seats no more than candidates)"
        }
        "blt_number" => "a value is not a whole number",
        "blt_weight" => "a ballot's weight must be a whole number, zero or more",
        "blt_unknown_candidate" => "a ballot ranks a candidate number that the file does not have",
        "blt_repeated_candidate" => "a ballot ranks the same candidate twice",
        "blt_unterminated" => "a ballot line must end with 0",
        "blt_truncated" => {
            "the file is cut short: the ballots must end with a line 0, then one name per candidate"
        }
        "blt_names" => "there are more names than the candidates the first line declares",
        "blt_name" => "a name must be in double quotes",
        "blt_withdrawn" => "the withdrawn line lists a candidate that does not exist, or twice",
        "blt_too_many_votes" => {
            "more than 100,000,000 votes in all: more than a count can add up exactly"
        }
        _ => "the file cannot be read",
    }
}

fn read(file: &Path) -> anyhow::Result<String> {
    let mut bytes = Vec::new();
    if file.as_os_str() == "-" {
        std::io::stdin().read_to_end(&mut bytes)?;
    } else {
        std::fs::File::open(file)
            .with_context(|| format!("reading {}", file.display()))?
            .read_to_end(&mut bytes)?;
    }
    String::from_utf8(bytes).with_context(|| format!("{}: not UTF-8 text", file.display()))
}

fn number(f: Fixed) -> Value {
    json!(f.to_f64())
}

fn names(contest: &Contest, list: &[usize]) -> Vec<String> {
    list.iter()
        .map(|&c| contest.candidates.get(c).cloned().unwrap_or_default())
        .collect()
}

fn as_json(contest: &Contest, count: &MeekCount) -> Value {
    let counted: Vec<usize> = (0..contest.candidates.len())
        .filter(|c| !contest.withdrawn.contains(c))
        .collect();
    let rounds: Vec<Value> = count
        .rounds
        .iter()
        .map(|r| {
            let per = |values: &[Fixed]| {
                let mut m = Map::new();
                for &c in &counted {
                    m.insert(contest.candidates[c].clone(), number(values[c]));
                }
                Value::Object(m)
            };
            let mut round = json!({
                "round": r.number,
                "quota": number(r.quota),
                "total": number(r.total),
                "surplus": number(r.surplus),
                "votes": per(&r.votes),
                "keep_factors": per(&r.keep),
                "elected": names(contest, &r.elected),
                "eliminated": names(contest, &r.eliminated),
            });
            if let Some((tied, how)) = &r.tie {
                round["tie"] = json!({ "among": names(contest, tied), "decided": how });
            }
            round
        })
        .collect();
    json!({
        "title": contest.title,
        "method": "meek",
        "seats": contest.seats,
        "ballots": contest.ballot_count(),
        "withdrawn": names(contest, &contest.withdrawn),
        "elected": names(contest, &count.elected),
        "rounds": rounds,
        "tie_seed": sangam_core::election::hex(&contest.seed()),
    })
}

fn as_text(contest: &Contest, count: &MeekCount) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let width = contest
        .candidates
        .iter()
        .map(|n| n.chars().count())
        .max()
        .unwrap_or(0);
    let _ = writeln!(
        out,
        "{}: {} seats, {} candidates, {} ballots; Meek STV, Droop quota",
        if contest.title.is_empty() {
            "Count"
        } else {
            &contest.title
        },
        contest.seats,
        contest.candidates.len(),
        contest.ballot_count()
    );
    if !contest.withdrawn.is_empty() {
        let _ = writeln!(
            out,
            "Withdrawn: {}",
            names(contest, &contest.withdrawn).join(", ")
        );
    }
    for r in &count.rounds {
        let _ = writeln!(
            out,
            "\nRound {}: quota {}, votes {}, surplus {}",
            r.number, r.quota, r.total, r.surplus
        );
        for (c, name) in contest.candidates.iter().enumerate() {
            if contest.withdrawn.contains(&c) {
                continue;
            }
            let pad = width - name.chars().count();
            let _ = writeln!(
                out,
                "  {name}{:pad$}  {:>22}  keep {}",
                "",
                r.votes[c].to_string(),
                r.keep[c]
            );
        }
        if let Some((tied, how)) = &r.tie {
            let how = match how {
                TieBreak::EarlierRound { round } => format!("fewer votes in round {round}"),
                TieBreak::Draw => "the seeded draw".to_string(),
            };
            let _ = writeln!(
                out,
                "  Tied for last: {}; decided by {how}",
                names(contest, tied).join(", ")
            );
        }
        if !r.elected.is_empty() {
            let _ = writeln!(out, "  Elected: {}", names(contest, &r.elected).join(", "));
        }
        if !r.eliminated.is_empty() {
            let _ = writeln!(
                out,
                "  Eliminated: {}",
                names(contest, &r.eliminated).join(", ")
            );
        }
    }
    let _ = writeln!(
        out,
        "\nElected, in order: {}",
        names(contest, &count.elected).join(", ")
    );
    let _ = writeln!(
        out,
        "Tie-break seed (BLAKE2b-256 of the ballots as BLT): {}",
        sangam_core::election::hex(&contest.seed())
    );
    out
}

pub fn run(file: &Path, method: TallyMethod, json: bool) -> anyhow::Result<()> {
    let text = read(file)?;
    let contest = match blt::read(&text) {
        Ok(c) => c,
        Err(e) => bail!(
            "{}, line {}: {} ({}); nothing was counted",
            file.display(),
            e.line,
            explain(e.code),
            e.code
        ),
    };
    let count = match method {
        TallyMethod::Meek => meek::count(&contest),
    };
    if json {
        println!("{}", as_json(&contest, &count));
    } else {
        print!("{}", as_text(&contest, &count));
    }
    Ok(())
}
