//! Reproducible random strings for the tests that hold a fast route to its reference (the
//! tokenizer, the sentence splitter, quotation pairing). Test-only; no dependency.

/// `count` strings of up to `max_len - 1` characters drawn from `alphabet`, from an xorshift
/// generator started at `seed`.
pub fn random_strings(
    alphabet: &str,
    seed: u64,
    count: usize,
    max_len: u64,
) -> impl Iterator<Item = String> {
    let alphabet: Vec<char> = alphabet.chars().collect();
    let mut x = seed;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    (0..count).map(move |_| {
        let len = (next() % max_len) as usize;
        (0..len)
            .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
            .collect()
    })
}
