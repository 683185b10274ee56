//! How repeated failed sign-ins are slowed down, per account and per client address.
//! The counters live in the database so every server instance sees the same ones.

use crate::time::Timestamp;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThrottlePolicy {
    /// Failures allowed within `window` before the subject is locked.
    pub free_failures: i64,
    /// Seconds after which old failures are forgotten.
    pub window: i64,
    /// First lock in seconds; it doubles with every further failure.
    pub base_lock: i64,
    pub max_lock: i64,
}

/// One person guessing at one account.
pub const PER_ACCOUNT: ThrottlePolicy = ThrottlePolicy {
    free_failures: 5,
    window: 15 * 60,
    base_lock: 60,
    max_lock: 60 * 60,
};
/// One address trying many accounts; higher, since offices and schools share addresses.
pub const PER_ADDRESS: ThrottlePolicy = ThrottlePolicy {
    free_failures: 20,
    window: 15 * 60,
    base_lock: 60,
    max_lock: 60 * 60,
};

/// A subject's failure record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThrottleState {
    pub failures: i64,
    pub last_failure: Timestamp,
    pub locked_until: Timestamp,
}

impl ThrottlePolicy {
    /// `Err(seconds to wait)` while the subject is locked.
    pub fn check(&self, state: Option<&ThrottleState>, now: Timestamp) -> Result<(), i64> {
        match state {
            Some(s) if s.locked_until > now => Err(s.locked_until.0 - now.0),
            _ => Ok(()),
        }
    }

    /// The record after one more failure at `now`.
    pub fn record_failure(&self, state: Option<ThrottleState>, now: Timestamp) -> ThrottleState {
        let failures = match state {
            Some(s) if now.0 - s.last_failure.0 <= self.window => s.failures + 1,
            _ => 1,
        };
        let over = failures - self.free_failures;
        let locked_until = if over > 0 {
            let lock = self
                .base_lock
                .saturating_mul(1_i64 << (over - 1).min(20))
                .min(self.max_lock);
            now.plus(lock)
        } else {
            now
        };
        ThrottleState {
            failures,
            last_failure: now,
            locked_until,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sixth_failure_locks_the_account_for_a_minute_then_longer() {
        let now = Timestamp(1_000_000);
        let mut state = None;
        for _ in 0..5 {
            let s = PER_ACCOUNT.record_failure(state, now);
            assert_eq!(PER_ACCOUNT.check(Some(&s), now), Ok(()));
            state = Some(s);
        }
        let s = PER_ACCOUNT.record_failure(state, now);
        assert_eq!(PER_ACCOUNT.check(Some(&s), now), Err(60));
        assert_eq!(PER_ACCOUNT.check(Some(&s), now.plus(60)), Ok(()));
        let s = PER_ACCOUNT.record_failure(Some(s), now.plus(61));
        assert_eq!(PER_ACCOUNT.check(Some(&s), now.plus(61)), Err(120));
    }

    #[test]
    fn failures_are_forgotten_after_the_window() {
        let now = Timestamp(1_000_000);
        let mut state = None;
        for _ in 0..5 {
            state = Some(PER_ACCOUNT.record_failure(state, now));
        }
        let later = now.plus(PER_ACCOUNT.window + 1);
        let s = PER_ACCOUNT.record_failure(state, later);
        assert_eq!(s.failures, 1);
        assert_eq!(PER_ACCOUNT.check(Some(&s), later), Ok(()));
    }

    #[test]
    fn locks_never_exceed_the_maximum() {
        let now = Timestamp(0);
        let mut state = None;
        for _ in 0..200 {
            state = Some(PER_ADDRESS.record_failure(state, now));
        }
        assert_eq!(
            PER_ADDRESS.check(state.as_ref(), now),
            Err(PER_ADDRESS.max_lock)
        );
    }
}
