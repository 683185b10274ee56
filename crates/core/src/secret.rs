//! Secrets: password hashes (Argon2id in the PHC string format, so parameters can change
//! without breaking stored hashes) and random tokens for sessions and CSRF. Tokens are
//! stored only as hashes, so a copy of the database does not hand out sessions.

use argon2::{Algorithm, Argon2, Params, Version};
use base64::Engine;
use base64::engine::general_purpose::{STANDARD_NO_PAD, URL_SAFE_NO_PAD};
use blake2::{Blake2b256, Digest};

use crate::error::Error;

/// Argon2id cost. The default follows OWASP's recommendation (19 MiB, 2 passes, 1 lane);
/// a volunteer's small server can afford it, and the memory is freed after each sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HashCost {
    pub memory_kib: u32,
    pub passes: u32,
}

impl Default for HashCost {
    fn default() -> Self {
        HashCost {
            memory_kib: 19 * 1024,
            passes: 2,
        }
    }
}

fn argon2(memory_kib: u32, passes: u32) -> Result<Argon2<'static>, Error> {
    let params = Params::new(memory_kib, passes, 1, Some(32)).map_err(Error::internal)?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// A ballot's receipt code: 120 random bits as 24 characters of Crockford's base32 in
/// groups of four (`7KQ2-M4XP-…`), easy to copy or type on another device.
pub fn receipt_code() -> Result<String, Error> {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let bytes = random_bytes(15)?;
    let mut bits = 0u32;
    let mut held = 0u32;
    let mut out = String::with_capacity(29);
    for b in bytes {
        bits = (bits << 8) | u32::from(b);
        held += 8;
        while held >= 5 {
            held -= 5;
            if out.len() % 5 == 4 {
                out.push('-');
            }
            out.push(char::from(ALPHABET[((bits >> held) & 31) as usize]));
        }
    }
    Ok(out)
}

/// A receipt code as typed, made canonical: upper case, without spaces or hyphens, the
/// letters O, I and L read as the digits they look like.
pub fn receipt_canonical(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        })
        .collect()
}

/// `len` random bytes from the operating system.
pub fn random_bytes(len: usize) -> Result<Vec<u8>, Error> {
    let mut buf = vec![0u8; len];
    getrandom::fill(&mut buf).map_err(Error::internal)?;
    Ok(buf)
}

/// A fresh random token, URL-safe (256 bits).
pub fn new_token() -> Result<String, Error> {
    Ok(URL_SAFE_NO_PAD.encode(random_bytes(32)?))
}

/// The stored form of a token.
pub fn token_hash(token: &str) -> String {
    URL_SAFE_NO_PAD.encode(Blake2b256::digest(token.as_bytes()))
}

/// Hashes a password with a fresh salt: `$argon2id$v=19$m=…,t=…,p=1$salt$hash`.
pub fn hash_password(password: &str, cost: HashCost) -> Result<String, Error> {
    let salt = random_bytes(16)?;
    let mut out = [0u8; 32];
    argon2(cost.memory_kib, cost.passes)?
        .hash_password_into(password.as_bytes(), &salt, &mut out)
        .map_err(Error::internal)?;
    Ok(format!(
        "$argon2id$v=19$m={},t={},p=1${}${}",
        cost.memory_kib,
        cost.passes,
        STANDARD_NO_PAD.encode(salt),
        STANDARD_NO_PAD.encode(out)
    ))
}

/// Whether `password` matches a hash made by [`hash_password`]. A malformed hash never
/// matches.
pub fn verify_password(password: &str, phc: &str) -> bool {
    let parts: Vec<&str> = phc.split('$').collect();
    let [_, "argon2id", "v=19", params, salt, hash] = parts.as_slice() else {
        return false;
    };
    let mut memory = None;
    let mut passes = None;
    for kv in params.split(',') {
        match kv.split_once('=') {
            Some(("m", v)) => memory = v.parse::<u32>().ok(),
            Some(("t", v)) => passes = v.parse::<u32>().ok(),
            _ => {}
        }
    }
    let (Some(memory), Some(passes)) = (memory, passes) else {
        return false;
    };
    let (Ok(salt), Ok(expected)) = (STANDARD_NO_PAD.decode(salt), STANDARD_NO_PAD.decode(hash))
    else {
        return false;
    };
    let mut out = vec![0u8; expected.len().max(4)];
    let Ok(hasher) = argon2(memory, passes) else {
        return false;
    };
    if hasher
        .hash_password_into(password.as_bytes(), &salt, &mut out)
        .is_err()
    {
        return false;
    }
    constant_time_eq(&out, &expected)
}

/// Compares without an early exit, so timing does not reveal how much matched.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHEAP: HashCost = HashCost {
        memory_kib: 64,
        passes: 1,
    };

    #[test]
    fn a_password_verifies_only_against_its_own_hash() {
        let hash = hash_password("correct horse battery", CHEAP).unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=64,t=1,p=1$"));
        assert!(verify_password("correct horse battery", &hash));
        assert!(!verify_password("correct horse batterY", &hash));
        assert!(!verify_password(
            "correct horse battery",
            "$argon2id$garbage"
        ));
        assert_ne!(
            hash,
            hash_password("correct horse battery", CHEAP).unwrap(),
            "salted"
        );
    }

    #[test]
    fn tokens_are_random_and_stored_hashed() {
        let a = new_token().unwrap();
        assert_eq!(a.len(), 43);
        assert_ne!(a, new_token().unwrap());
        assert_eq!(token_hash(&a), token_hash(&a));
        assert_ne!(token_hash(&a), a);
    }
}
