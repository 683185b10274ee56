//! Counting elections: Meek STV (the method of the Wikimedia Board of Trustees elections),
//! and the BLT ballot file that other counting programs read. Pure code, no IO.

pub mod blt;
pub mod board;
pub mod fixed;
pub mod meek;
pub mod methods;
pub mod setup;

use blake2::{Blake2b256, Digest};

pub use fixed::Fixed;

/// One ranked ballot, or `count` identical ones: candidates by index, most preferred first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ballot {
    pub count: u64,
    pub ranking: Vec<usize>,
}

/// What a count needs: the candidates, the seats, who withdrew, and the ballots.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Contest {
    pub title: String,
    pub candidates: Vec<String>,
    pub seats: usize,
    /// Candidates (by index) who withdrew: left out of every ballot.
    pub withdrawn: Vec<usize>,
    pub ballots: Vec<Ballot>,
}

impl Contest {
    /// The value the tie-breaking draw is seeded from: BLAKE2b-256 of the contest as a BLT
    /// file ([`blt::write`]). It is known only once the ballots are, and anyone holding the
    /// published file computes the same.
    pub fn seed(&self) -> [u8; 32] {
        seed_of(&blt::write(self))
    }

    /// How many ballots, counting each `count`.
    pub fn ballot_count(&self) -> u64 {
        self.ballots.iter().map(|b| b.count).sum()
    }
}

/// The draw's seed from a contest's BLT file as [`blt::write`] wrote it.
pub fn seed_of(blt: &str) -> [u8; 32] {
    let mut h = Blake2b256::new();
    h.update(blt.as_bytes());
    h.finalize().into()
}

/// The seeded draw's order for a candidate: BLAKE2b-256 of (seed, name). Where a tie is left
/// to the draw, the candidate with the smallest key loses (for elimination) or the largest
/// wins (for a last seat); anyone with the published ballots computes the same keys.
pub fn draw_key(seed: &[u8; 32], name: &str) -> [u8; 32] {
    let mut h = Blake2b256::new();
    h.update(seed);
    h.update(name.as_bytes());
    h.finalize().into()
}

/// Bytes as lower-case hexadecimal, as the draw's seed is published.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
