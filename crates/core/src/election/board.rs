//! How an affiliate's board is made up over the years, from its bylaws: seed 000's
//! "Structure and Regulations" as data.

use serde::{Deserialize, Serialize};

/// Who fills the seats in a phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChosenBy {
    /// The founders and key individuals.
    Founders,
    /// An election by the members.
    Election,
}

impl ChosenBy {
    pub fn as_str(self) -> &'static str {
        match self {
            ChosenBy::Founders => "founders",
            ChosenBy::Election => "election",
        }
    }

    pub fn parse(s: &str) -> Option<ChosenBy> {
        match s.trim() {
            "founders" => Some(ChosenBy::Founders),
            "election" => Some(ChosenBy::Election),
            _ => None,
        }
    }
}

/// From year `from_year` of the group (1 is its first year): so many seats, terms so long,
/// chosen so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardPhase {
    pub from_year: u32,
    pub seats: u32,
    pub term_months: u32,
    pub chosen_by: ChosenBy,
}

/// Seed 000 (WAP): a three-member founding board for two years; up to seven seats elected
/// by the members in the second year; from the third year the whole board elected every
/// year for one-year terms.
pub const WAP_STRUCTURE: [BoardPhase; 3] = [
    BoardPhase {
        from_year: 1,
        seats: 3,
        term_months: 24,
        chosen_by: ChosenBy::Founders,
    },
    BoardPhase {
        from_year: 2,
        seats: 7,
        term_months: 12,
        chosen_by: ChosenBy::Election,
    },
    BoardPhase {
        from_year: 3,
        seats: 7,
        term_months: 12,
        chosen_by: ChosenBy::Election,
    },
];

/// The phase in force in year `year` of the group.
pub fn phase_in(phases: &[BoardPhase], year: u32) -> Option<&BoardPhase> {
    phases
        .iter()
        .filter(|p| p.from_year <= year)
        .max_by_key(|p| p.from_year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wap_board_grows_to_seven_elected_seats() {
        assert_eq!(phase_in(&WAP_STRUCTURE, 1).map(|p| p.seats), Some(3));
        assert_eq!(
            phase_in(&WAP_STRUCTURE, 2).map(|p| (p.seats, p.chosen_by)),
            Some((7, ChosenBy::Election))
        );
        assert_eq!(phase_in(&WAP_STRUCTURE, 9).map(|p| p.term_months), Some(12));
        assert_eq!(phase_in(&WAP_STRUCTURE, 0), None);
    }
}
