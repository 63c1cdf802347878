//! Feature hashing: fixed, platform-independent 64-bit mixing, so a model
//! trained on one machine reads the same on every other.

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// MurmurHash3's 64-bit finalizer.
#[inline]
pub(crate) fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// FNV-1a's starting state.
pub(crate) const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a over `bytes`, from state `h`.
#[inline]
pub(crate) fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The hash of a string (FNV-1a, finalized).
#[inline]
pub(crate) fn text(s: &str) -> u64 {
    fmix(fnv(FNV_START, s.as_bytes()))
}

/// Combines a hash with one more value.
#[inline]
pub(crate) fn mix(h: u64, x: u64) -> u64 {
    fmix(h.rotate_left(23) ^ x.wrapping_add(K))
}

/// A feature key: a template and its atoms folded to 32 bits. Atoms are
/// hashes or small ids; one multiply folds each in (as FxHash does) and one
/// finalizer spreads the result.
#[inline]
pub(crate) fn key(template: u64, atoms: &[u64]) -> u32 {
    let mut h = template.wrapping_mul(K);
    for &a in atoms {
        h = (h.rotate_left(26) ^ a).wrapping_mul(K);
    }
    let h = fmix(h);
    (h ^ (h >> 32)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_fixed_and_order_sensitive() {
        assert_eq!(text("bomb"), text("bomb"));
        assert_ne!(text("bomb"), text("bombs"));
        assert_ne!(key(1, &[1, 2]), key(1, &[2, 1]));
        assert_ne!(key(1, &[1]), key(2, &[1]));
        // Fixed across platforms and runs: a model's keys depend on it.
        assert_eq!(text(""), fmix(FNV_START));
    }
}
