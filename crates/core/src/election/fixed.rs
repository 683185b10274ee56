//! Vote values in fixed point with ten decimal places, truncated after every multiplication
//! and division. The Wikimedia Board elections' tallier (SecurePoll) counts this way, so a
//! count here and there agree to the last printed digit, and the same ballots give the same
//! result on every machine (no floating point).

use std::fmt;

/// Ten decimal places.
const SCALE: i64 = 10_000_000_000;

/// A vote value: whole votes and ten decimal places, stored as an integer of 10⁻¹⁰ votes.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    serde::Serialize,
    serde::Deserialize,
)]
#[serde(transparent)]
pub struct Fixed(i64);

impl Fixed {
    pub const ZERO: Fixed = Fixed(0);
    pub const ONE: Fixed = Fixed(SCALE);
    /// 10⁻⁶, added to the Droop quota so that reaching it means more than a share.
    pub const MILLIONTH: Fixed = Fixed(SCALE / 1_000_000);

    pub fn from_int(n: i64) -> Fixed {
        Fixed(n.saturating_mul(SCALE))
    }

    /// The value in units of 10⁻¹⁰.
    pub fn raw(self) -> i64 {
        self.0
    }

    pub fn from_raw(raw: i64) -> Fixed {
        Fixed(raw)
    }

    /// The whole part, toward zero.
    pub fn whole(self) -> i64 {
        self.0 / SCALE
    }

    /// The product with a whole number (exact).
    pub fn times(self, n: u64) -> Fixed {
        Fixed(self.0.saturating_mul(n as i64))
    }

    pub fn to_f64(self) -> f64 {
        self.0 as f64 / SCALE as f64
    }
}

/// The product, truncated to ten places.
impl std::ops::Mul for Fixed {
    type Output = Fixed;
    fn mul(self, other: Fixed) -> Fixed {
        Fixed(((i128::from(self.0) * i128::from(other.0)) / i128::from(SCALE)) as i64)
    }
}

/// The quotient, truncated to ten places; zero for a zero divisor.
impl std::ops::Div for Fixed {
    type Output = Fixed;
    fn div(self, other: Fixed) -> Fixed {
        if other.0 == 0 {
            return Fixed::ZERO;
        }
        Fixed(((i128::from(self.0) * i128::from(SCALE)) / i128::from(other.0)) as i64)
    }
}

impl std::ops::Add for Fixed {
    type Output = Fixed;
    fn add(self, o: Fixed) -> Fixed {
        Fixed(self.0 + o.0)
    }
}

impl std::ops::Sub for Fixed {
    type Output = Fixed;
    fn sub(self, o: Fixed) -> Fixed {
        Fixed(self.0 - o.0)
    }
}

impl std::ops::AddAssign for Fixed {
    fn add_assign(&mut self, o: Fixed) {
        self.0 += o.0;
    }
}

impl std::iter::Sum for Fixed {
    fn sum<I: Iterator<Item = Fixed>>(iter: I) -> Fixed {
        iter.fold(Fixed::ZERO, |a, b| a + b)
    }
}

/// All ten places: `166.6666676666`.
impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let scale = SCALE as u64;
        write!(f, "{sign}{}.{:010}", abs / scale, abs % scale)
    }
}

impl std::str::FromStr for Fixed {
    type Err = ();

    /// A decimal number with at most ten places (more are truncated).
    fn from_str(s: &str) -> Result<Fixed, ()> {
        let s = s.trim();
        let (neg, s) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = s.split_once('.').unwrap_or((s, ""));
        if int.is_empty() && frac.is_empty()
            || !int.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(());
        }
        let whole: i64 = if int.is_empty() {
            0
        } else {
            int.parse().map_err(|_| ())?
        };
        let mut places = frac.bytes().take(10).map(|b| i64::from(b - b'0'));
        let mut part = 0i64;
        for _ in 0..10 {
            part = part * 10 + places.next().unwrap_or(0);
        }
        let v = whole
            .checked_mul(SCALE)
            .and_then(|w| w.checked_add(part))
            .ok_or(())?;
        Ok(Fixed(if neg { -v } else { v }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str) -> Fixed {
        s.parse().expect("a number")
    }

    #[test]
    fn products_and_quotients_truncate_at_ten_places() {
        assert_eq!((f("1") / f("3")).to_string(), "0.3333333333");
        assert_eq!((f("2") / f("3")).to_string(), "0.6666666666");
        assert_eq!(
            (f("0.3333333333") * f("0.3333333333")).to_string(),
            "0.1111111110"
        );
        assert_eq!(f("-1.5").to_string(), "-1.5000000000");
        assert_eq!(
            (f("1000") / f("6") + Fixed::MILLIONTH).to_string(),
            "166.6666676666"
        );
        assert_eq!(f("0.25").times(3), f("0.75"));
        assert_eq!(f("1") / Fixed::ZERO, Fixed::ZERO);
    }

    #[test]
    fn reading_numbers() {
        assert_eq!(f("15.7356320464").raw(), 157_356_320_464);
        assert_eq!(f(".5"), f("0.5"));
        assert!("".parse::<Fixed>().is_err());
        assert!("1e5".parse::<Fixed>().is_err());
    }
}
