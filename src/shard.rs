//! Splitting a run into N deterministic shards, for job arrays.
//!
//! `--shard K/N` keeps the postings whose position in input order (0-based,
//! counting every posting, error rows included) is `K − 1` modulo `N`: round
//! robin. Every posting is still read, so ids such as `line:N` and every
//! other column are the same as in the unsharded run; only the rows written
//! change. Round robin needs no count of the postings ahead (a contiguous
//! split would), and spreads long and short files evenly over the shards.
//!
//! The N outputs together hold each row of the unsharded output exactly
//! once: shard K holds its rows K, K + N, K + 2N, ... (1-based). Interleaving
//! the shards' rows (first row of shard 1, of shard 2, ..., of shard N, then
//! the second rows, ...) gives the unsharded output back; [`interleave`]
//! does that, and the integration tests check it.

use std::fmt;
use std::str::FromStr;

/// One shard of N: `index` in `1..=count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// Which shard, from 1.
    pub index: u64,
    /// How many shards.
    pub count: u64,
}

impl Shard {
    /// Whether the posting at `position` (0-based, input order) belongs to
    /// this shard.
    pub fn selects(&self, position: u64) -> bool {
        position % self.count == self.index - 1
    }

    /// Keeps this shard's items of `items`, in order.
    pub fn filter<I: Iterator>(self, items: I) -> impl Iterator<Item = I::Item> {
        items
            .zip(0u64..)
            .filter(move |(_, i)| self.selects(*i))
            .map(|(item, _)| item)
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl FromStr for Shard {
    type Err = String;

    /// Parses `K/N`, with 1 ≤ K ≤ N. Errors name the flag and the fix.
    fn from_str(s: &str) -> Result<Shard, String> {
        let bad = |why: &str| format!("--shard {s}: {why}");
        let (k, n) = s
            .split_once('/')
            .ok_or_else(|| bad("expected K/N, e.g. 1/4 for the first of four shards"))?;
        let number = |part: &str, name: &str| {
            part.trim()
                .parse::<u64>()
                .map_err(|_| bad(&format!("{name} must be a whole number, got '{part}'")))
        };
        let (index, count) = (number(k, "K")?, number(n, "N")?);
        if count == 0 {
            return Err(bad("N must be at least 1"));
        }
        if index == 0 || index > count {
            return Err(bad("K must be between 1 and N"));
        }
        Ok(Shard { index, count })
    }
}

/// Rebuilds the unsharded order from the N shards' rows (shard 1 first):
/// row `i` of the result is row `i / N` of shard `i mod N + 1`. Returns
/// `None` when the shard sizes cannot come from one round-robin split
/// (each shard must hold as many rows as the next, or one more).
pub fn interleave<T>(shards: Vec<Vec<T>>) -> Option<Vec<T>> {
    let sizes: Vec<usize> = shards.iter().map(Vec::len).collect();
    if sizes.windows(2).any(|w| w[0] < w[1] || w[0] > w[1] + 1) {
        return None;
    }
    let mut iters: Vec<_> = shards.into_iter().map(Vec::into_iter).collect();
    let mut out = Vec::with_capacity(sizes.iter().sum());
    'rows: loop {
        for it in &mut iters {
            match it.next() {
                Some(row) => out.push(row),
                None => break 'rows,
            }
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects() {
        assert_eq!("2/3".parse(), Ok(Shard { index: 2, count: 3 }));
        assert_eq!("1/1".parse(), Ok(Shard { index: 1, count: 1 }));
        for (bad, why) in [
            ("3/2", "--shard 3/2: K must be between 1 and N"),
            ("0/2", "--shard 0/2: K must be between 1 and N"),
            ("1/0", "--shard 1/0: N must be at least 1"),
            ("2", "--shard 2: expected K/N"),
            ("a/2", "--shard a/2: K must be a whole number, got 'a'"),
            ("1/-2", "--shard 1/-2: N must be a whole number, got '-2'"),
        ] {
            let err = bad.parse::<Shard>().unwrap_err();
            assert!(err.starts_with(why), "{bad}: {err}");
        }
    }

    #[test]
    fn shards_partition_and_interleave_back() {
        let items: Vec<u32> = (0..23).collect();
        for count in 1..=6 {
            let shards: Vec<Vec<u32>> = (1..=count)
                .map(|index| {
                    Shard { index, count }
                        .filter(items.iter().copied())
                        .collect()
                })
                .collect();
            assert_eq!(shards.iter().map(Vec::len).sum::<usize>(), items.len());
            assert!(shards[0].iter().all(|i| u64::from(*i) % count == 0));
            assert_eq!(interleave(shards), Some(items.clone()), "N={count}");
        }
    }

    #[test]
    fn interleave_rejects_impossible_sizes() {
        assert_eq!(interleave(vec![vec![1], vec![2, 3]]), None);
        assert_eq!(interleave(vec![vec![1, 2, 3], vec![4]]), None);
        assert_eq!(interleave::<u8>(vec![vec![], vec![]]), Some(vec![]));
    }
}
