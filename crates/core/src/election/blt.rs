//! The BLT ballot file (ERS, OpenSTV, Droop, SecurePoll's dumps, stv-rs):
//!
//! ```text
//! 4 2              candidates, seats
//! -4               optional: withdrawn candidates, negative
//! 3 1 2 0          a weight, then preferences by candidate number, ending in 0
//! 1 2 0
//! 0                end of the ballots
//! "Alice"          one quoted name per candidate
//! "Bob"
//! "Chen"
//! "Dilnoza"
//! "Board 2027"     the title (required: without it, one name would be missing)
//! ```
//!
//! Reading refuses anything it cannot be sure of, with the line it happened on: nothing is
//! counted from a file that is malformed, cut short, or whose names do not match the
//! number of candidates it declares.

use super::{Ballot, Contest};

/// Why a BLT file was refused, and on which line (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BltError {
    pub line: usize,
    /// A stable code: `blt_empty`, `blt_header`, `blt_number`, `blt_weight`,
    /// `blt_unknown_candidate`, `blt_repeated_candidate`, `blt_unterminated`,
    /// `blt_truncated`, `blt_names`, `blt_name`, `blt_withdrawn`, `blt_too_many_votes`.
    pub code: &'static str,
}

impl std::fmt::Display for BltError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (line {})", self.code, self.line)
    }
}

impl std::error::Error for BltError {}

fn err(line: usize, code: &'static str) -> BltError {
    BltError { line, code }
}

/// Whole numbers on a line, or the line's error.
fn numbers(line: &str, at: usize) -> Result<Vec<i64>, BltError> {
    line.split_whitespace()
        .map(|t| t.parse::<i64>().map_err(|_| err(at, "blt_number")))
        .collect()
}

/// The quoted strings of the name section, each with its line.
fn quoted(lines: &[(usize, &str)]) -> Result<Vec<(usize, String)>, BltError> {
    let mut out = Vec::new();
    for &(at, line) in lines {
        let mut rest = line.trim();
        while !rest.is_empty() {
            let Some(after) = rest.strip_prefix('"') else {
                return Err(err(at, "blt_name"));
            };
            let Some(end) = after.find('"') else {
                // A quote left open on the last line: the file was cut there.
                let last = lines.last().is_some_and(|l| l.0 == at);
                return Err(err(at, if last { "blt_truncated" } else { "blt_name" }));
            };
            out.push((at, after[..end].to_string()));
            rest = after[end + 1..].trim_start();
        }
    }
    Ok(out)
}

/// The most votes a count takes: vote values have ten decimal places in 64 bits, so totals
/// up to about 9.2·10⁸ are exact; a file with more is refused rather than counted wrongly.
pub const MAX_VOTES: u64 = 100_000_000;

/// Reads a BLT file. Time and memory grow with the file's size, never with its square.
pub fn read(text: &str) -> Result<Contest, BltError> {
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let mut it = lines.iter().copied().peekable();
    let Some((at, header)) = it.next() else {
        return Err(err(1, "blt_empty"));
    };
    let (candidates, seats) = match numbers(header, at).map_err(|_| err(at, "blt_header"))?[..] {
        [c, s] if c >= 1 && s >= 1 && s <= c && c <= 100_000 => (c as usize, s as usize),
        _ => return Err(err(at, "blt_header")),
    };
    let mut withdrawn = Vec::new();
    // Which candidates a line has named, by number: a check that costs one step a name.
    let mut seen = vec![false; candidates];
    if let Some(&(at, line)) = it.peek()
        && line.starts_with('-')
    {
        it.next();
        for n in numbers(line, at)? {
            if n >= 0 || n.unsigned_abs() as usize > candidates {
                return Err(err(at, "blt_withdrawn"));
            }
            let c = n.unsigned_abs() as usize - 1;
            if std::mem::replace(&mut seen[c], true) {
                return Err(err(at, "blt_withdrawn"));
            }
            withdrawn.push(c);
        }
        for &c in &withdrawn {
            seen[c] = false;
        }
    }
    let mut ballots = Vec::new();
    let mut votes: u64 = 0;
    let mut ended = false;
    for (at, line) in it.by_ref() {
        if line.starts_with('"') {
            return Err(err(at, "blt_truncated"));
        }
        let nums = numbers(line, at)?;
        if nums == [0] {
            ended = true;
            break;
        }
        let Some((&weight, prefs)) = nums.split_first() else {
            continue;
        };
        if weight < 0 {
            return Err(err(at, "blt_weight"));
        }
        votes = votes.saturating_add(weight as u64);
        if votes > MAX_VOTES {
            return Err(err(at, "blt_too_many_votes"));
        }
        let Some((&0, prefs)) = prefs.split_last() else {
            return Err(err(at, "blt_unterminated"));
        };
        let mut ranking = Vec::with_capacity(prefs.len());
        let mut repeated = false;
        for &p in prefs {
            if p < 1 || p as usize > candidates {
                for &c in &ranking {
                    seen[c] = false;
                }
                return Err(err(at, "blt_unknown_candidate"));
            }
            let c = p as usize - 1;
            if std::mem::replace(&mut seen[c], true) {
                repeated = true;
                break;
            }
            ranking.push(c);
        }
        for &c in &ranking {
            seen[c] = false;
        }
        if repeated {
            return Err(err(at, "blt_repeated_candidate"));
        }
        ballots.push(Ballot {
            count: weight as u64,
            ranking,
        });
    }
    let last_line = lines.last().map(|l| l.0).unwrap_or(1);
    if !ended {
        return Err(err(last_line, "blt_truncated"));
    }
    let rest: Vec<(usize, &str)> = it.collect();
    let mut names = quoted(&rest)?;
    // The names, then the title: a file whose first line claims more candidates than it
    // names is cut short, one with more names than that lies about its count.
    if names.len() <= candidates {
        return Err(err(last_line, "blt_truncated"));
    }
    if names.len() > candidates + 1 {
        return Err(err(names[candidates + 1].0, "blt_names"));
    }
    let title = names.pop().map(|n| n.1).unwrap_or_default();
    Ok(Contest {
        title,
        candidates: names.into_iter().map(|n| n.1).collect(),
        seats,
        withdrawn,
        ballots,
    })
}

/// A name as BLT can hold it: no double quotes, no line breaks.
fn clean(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            '"' => '\'',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect()
}

/// Writes a contest as a BLT file, one line per ballot as given.
pub fn write(contest: &Contest) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(out, "{} {}", contest.candidates.len(), contest.seats);
    if !contest.withdrawn.is_empty() {
        let w: Vec<String> = contest
            .withdrawn
            .iter()
            .map(|c| format!("-{}", c + 1))
            .collect();
        let _ = writeln!(out, "{}", w.join(" "));
    }
    for b in &contest.ballots {
        let _ = write!(out, "{}", b.count);
        for c in &b.ranking {
            let _ = write!(out, " {}", c + 1);
        }
        out.push_str(" 0\n");
    }
    out.push_str("0\n");
    for name in &contest.candidates {
        let _ = writeln!(out, "\"{}\"", clean(name));
    }
    let _ = writeln!(out, "\"{}\"", clean(&contest.title));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = "4 2\n-4\n3 1 2 0\n1 2 0\n2 3 1 2 0\n0\n\"Alice\"\n\"Bob\"\n\"Chen Wei\"\n\"Dilnoza\"\n\"Board 2027\"\n";

    #[test]
    fn a_file_reads_and_writes_back_the_same() {
        let c = read(SMALL).expect("a good file");
        assert_eq!(c.seats, 2);
        assert_eq!(c.candidates, ["Alice", "Bob", "Chen Wei", "Dilnoza"]);
        assert_eq!(c.withdrawn, [3]);
        assert_eq!(c.title, "Board 2027");
        assert_eq!(
            c.ballots[2],
            Ballot {
                count: 2,
                ranking: vec![2, 0, 1]
            }
        );
        assert_eq!(write(&c), SMALL);
    }

    #[test]
    fn broken_files_are_refused_with_their_line() {
        let cases = [
            ("", "blt_empty", 1),
            ("four two\n0\n", "blt_header", 1),
            ("3 4\n0\n\"a\"\n\"b\"\n\"c\"\n", "blt_header", 1),
            ("2 1\n1 1 x 0\n0\n\"a\"\n\"b\"\n", "blt_number", 2),
            ("2 1\n1 1 2\n0\n\"a\"\n\"b\"\n", "blt_unterminated", 2),
            (
                "2 1\n1 1 3 0\n0\n\"a\"\n\"b\"\n",
                "blt_unknown_candidate",
                2,
            ),
            (
                "2 1\n1 1 1 0\n0\n\"a\"\n\"b\"\n",
                "blt_repeated_candidate",
                2,
            ),
            ("2 1\n-1 1 0\n0\n\"a\"\n\"b\"\n", "blt_withdrawn", 2),
            ("2 1\n-3\n1 1 0\n0\n\"a\"\n\"b\"\n", "blt_withdrawn", 2),
            // Cut short: no end of ballots; names missing.
            ("2 1\n1 1 0\n1 2 0\n", "blt_truncated", 3),
            ("3 1\n1 1 0\n0\n\"a\"\n\"b\"\n", "blt_truncated", 5),
            // Three names and a title, but four candidates claimed.
            (
                "4 1\n1 1 0\n0\n\"a\"\n\"b\"\n\"c\"\n\"t\"\n",
                "blt_truncated",
                7,
            ),
            // Lies about its candidates: more names than declared.
            (
                "2 1\n1 1 0\n0\n\"a\"\n\"b\"\n\"c\"\n\"title\"\n",
                "blt_names",
                7,
            ),
            ("2 1\n1 1 0\n0\n\"a\"\nb\n", "blt_name", 5),
            ("2 1\n1 1 0\n0\n\"a\"\n\"b\"\n\"Tit", "blt_truncated", 6),
        ];
        for (text, code, line) in cases {
            assert_eq!(read(text), Err(BltError { line, code }), "{text:?}");
        }
    }

    #[test]
    fn names_lose_what_blt_cannot_hold() {
        let c = Contest {
            title: "T".into(),
            candidates: vec!["Say \"hi\"".into()],
            seats: 1,
            withdrawn: vec![],
            ballots: vec![],
        };
        assert_eq!(
            read(&write(&c)).map(|c| c.candidates),
            Ok(vec!["Say 'hi'".into()])
        );
    }

    #[test]
    fn more_votes_than_can_be_added_exactly_are_refused() {
        let ok = format!("2 1\n{} 1 0\n0\n\"A\"\n\"B\"\n\"t\"\n", MAX_VOTES);
        assert_eq!(read(&ok).map(|c| c.ballot_count()), Ok(MAX_VOTES));
        let over = format!("2 1\n{} 1 0\n1 2 0\n0\n\"A\"\n\"B\"\n\"t\"\n", MAX_VOTES);
        assert_eq!(read(&over).map(|_| ()), Err(err(3, "blt_too_many_votes")));
        let huge = "2 1\n9223372036854775807 1 0\n0\n\"A\"\n\"B\"\n\"t\"\n";
        assert_eq!(read(huge).map(|_| ()), Err(err(2, "blt_too_many_votes")));
    }

    #[test]
    fn long_lines_read_in_one_pass_and_still_catch_repeats() {
        let n = 100_000;
        let names: String = (1..=n).map(|i| format!("\"C{i}\"\n")).collect();
        let withdrawn: Vec<String> = (2..=n).map(|i| format!("-{i}")).collect();
        let ranking: Vec<String> = (1..=n).map(|i| i.to_string()).collect();
        let text = format!(
            "{n} 1\n{}\n1 {} 0\n0\n{names}\"t\"\n",
            withdrawn.join(" "),
            ranking.join(" ")
        );
        let c = read(&text).expect("a long but sound file");
        assert_eq!((c.withdrawn.len(), c.ballots[0].ranking.len()), (n - 1, n));
        // The same candidate twice, far apart, and a withdrawn one named twice.
        let twice = format!("{n} 1\n1 {} 1 0\n0\n{names}\"t\"\n", ranking.join(" "));
        assert_eq!(
            read(&twice).map(|_| ()),
            Err(err(2, "blt_repeated_candidate"))
        );
        let withdrawn_twice = format!("{n} 1\n-5 -7 -5\n1 1 0\n0\n{names}\"t\"\n");
        assert_eq!(
            read(&withdrawn_twice).map(|_| ()),
            Err(err(2, "blt_withdrawn"))
        );
        // A refused ballot leaves nothing behind for the next one.
        let after_unknown = "3 1\n1 1 9 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"t\"\n";
        assert_eq!(
            read(after_unknown).map(|_| ()),
            Err(err(2, "blt_unknown_candidate"))
        );
    }
}
