//! The claim table, flattened once at compile time, and every index the queries
//! read: by id, by subject, by kind, by source, by evidence level, by
//! disagreement, and the case-folded text that `search` scans.
//!
//! All of it is `static` data computed by `const` code, in time linear in the
//! table (plus one sort by id): a query reads a slice, it never scans or
//! allocates.

use crate::data::TABLE;
use crate::{Claim, Disagreement, Evidence, FactKind, Source, Subject};

/// A claim that is never used: the initial value of the arrays below.
const BLANK: Claim = Claim::new("", &[], "", &[]);

/// The number of claims in the table.
pub(crate) const CLAIM_COUNT: usize = {
    let mut total = 0;
    let mut file = 0;
    while file < TABLE.len() {
        total += TABLE[file].len();
        file += 1;
    }
    total
};

/// Every claim, file by file: the order of the knowledge base.
pub(crate) static CLAIMS: [Claim; CLAIM_COUNT] = {
    let mut out = [BLANK; CLAIM_COUNT];
    let mut at = 0;
    let mut file = 0;
    while file < TABLE.len() {
        let mut row = 0;
        while row < TABLE[file].len() {
            out[at] = TABLE[file][row];
            at += 1;
            row += 1;
        }
        file += 1;
    }
    out
};

// ---------------------------------------------------------------------------
// Checks that fail the build.

pub(crate) const fn same(a: &str, b: &str) -> bool {
    compare(a, b) == 0
}

/// Byte-wise comparison of two strings, as `Ord` for `str` does.
const fn compare(a: &str, b: &str) -> i8 {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] < b[i] {
            return -1;
        }
        if a[i] > b[i] {
            return 1;
        }
        i += 1;
    }
    if a.len() < b.len() {
        -1
    } else if a.len() > b.len() {
        1
    } else {
        0
    }
}

/// What is wrong with a table, if anything: the first problem found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TableError {
    /// Two rows share an id.
    DuplicateId(&'static str),
    /// Two rows share a summary (the same fact written twice).
    DuplicateSummary(&'static str),
    /// A row names no subject.
    NoSubject(&'static str),
    /// A row names the same subject twice.
    RepeatedSubject(&'static str),
    /// A row cites nothing.
    NoCitation(&'static str),
    /// An id that is not a lower-case slug `kind/words`.
    BadId(&'static str),
    /// A row is not in the file of its home subject's kind, in kind order.
    OutOfKindOrder(&'static str),
}

/// Whether `id` is a slug: `kind/words`, lower-case ASCII letters, digits and
/// `-`, starting with the home subject's kind.
const fn is_slug(id: &str, home: Subject) -> bool {
    let kind = home.kind().name().as_bytes();
    let bytes = id.as_bytes();
    if bytes.len() <= kind.len() + 1 || bytes.len() > MAX_ID_LEN {
        return false;
    }
    // The kind part uses `-` where the kind name uses `_`.
    let mut i = 0;
    while i < kind.len() {
        let expected = if kind[i] == b'_' { b'-' } else { kind[i] };
        if bytes[i] != expected {
            return false;
        }
        i += 1;
    }
    if bytes[i] != b'/' {
        return false;
    }
    i += 1;
    while i < bytes.len() {
        let b = bytes[i];
        if !(b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            return false;
        }
        i += 1;
    }
    true
}

/// The longest id the crate accepts (parsing refuses longer input at once).
pub(crate) const MAX_ID_LEN: usize = 96;

/// Checks a table of claims (`sorted` is the table's indexes in id order).
pub(crate) const fn check(
    claims: &[Claim],
    by_id: &[u16],
    by_summary: &[u16],
) -> Option<TableError> {
    let mut i = 0;
    let mut last_kind = 0;
    while i < claims.len() {
        let claim = &claims[i];
        let id = claim.id().as_str();
        if claim.subjects().is_empty() {
            return Some(TableError::NoSubject(id));
        }
        if claim.citations().is_empty() {
            return Some(TableError::NoCitation(id));
        }
        if !is_slug(id, claim.home()) {
            return Some(TableError::BadId(id));
        }
        let kind = claim.home().kind() as usize;
        if kind < last_kind {
            return Some(TableError::OutOfKindOrder(id));
        }
        last_kind = kind;
        let subjects = claim.subjects();
        let mut a = 0;
        while a < subjects.len() {
            let mut b = a + 1;
            while b < subjects.len() {
                if subjects[a].dense() == subjects[b].dense() {
                    return Some(TableError::RepeatedSubject(id));
                }
                b += 1;
            }
            a += 1;
        }
        i += 1;
    }
    let mut k = 1;
    while k < by_id.len() {
        let (a, b) = (&claims[by_id[k - 1] as usize], &claims[by_id[k] as usize]);
        if same(a.id().as_str(), b.id().as_str()) {
            return Some(TableError::DuplicateId(b.id().as_str()));
        }
        let (a, b) = (
            &claims[by_summary[k - 1] as usize],
            &claims[by_summary[k] as usize],
        );
        if same(a.summary(), b.summary()) {
            return Some(TableError::DuplicateSummary(b.id().as_str()));
        }
        k += 1;
    }
    None
}

/// The indexes of `claims`, sorted by id (`by_summary == false`) or by summary:
/// a bottom-up merge sort, `O(n log n)` comparisons at compile time.
pub(crate) const fn sorted<const N: usize>(claims: &[Claim; N], by_summary: bool) -> [u16; N] {
    let mut order = [0u16; N];
    let mut i = 0;
    while i < N {
        order[i] = i as u16;
        i += 1;
    }
    let mut scratch = [0u16; N];
    let mut width = 1;
    while width < N {
        let mut lo = 0;
        while lo < N {
            let mid = if lo + width < N { lo + width } else { N };
            let hi = if lo + 2 * width < N {
                lo + 2 * width
            } else {
                N
            };
            let (mut a, mut b, mut out) = (lo, mid, lo);
            while out < hi {
                let take_a = if a >= mid {
                    false
                } else if b >= hi {
                    true
                } else {
                    let (x, y) = (&claims[order[a] as usize], &claims[order[b] as usize]);
                    let c = if by_summary {
                        compare(x.summary(), y.summary())
                    } else {
                        compare(x.id().as_str(), y.id().as_str())
                    };
                    c <= 0
                };
                if take_a {
                    scratch[out] = order[a];
                    a += 1;
                } else {
                    scratch[out] = order[b];
                    b += 1;
                }
                out += 1;
            }
            lo += 2 * width;
        }
        let mut j = 0;
        while j < N {
            order[j] = scratch[j];
            j += 1;
        }
        width *= 2;
    }
    order
}

/// The claims in id order (indexes into [`CLAIMS`]): `Claim::find` binary-searches it.
pub(crate) static BY_ID: [u16; CLAIM_COUNT] = sorted(&CLAIMS, false);

const _: () = {
    assert!(
        CLAIM_COUNT < u16::MAX as usize,
        "the indexes hold claim numbers as u16"
    );
    if let Some(problem) = check(&CLAIMS, &BY_ID, &sorted(&CLAIMS, true)) {
        match problem {
            TableError::DuplicateId(_) => panic!("two claims share an id"),
            TableError::DuplicateSummary(_) => {
                panic!("two claims share a summary: one fact written twice")
            }
            TableError::NoSubject(_) => panic!("a claim names no subject"),
            TableError::RepeatedSubject(_) => panic!("a claim names one subject twice"),
            TableError::NoCitation(_) => panic!("a claim cites nothing"),
            TableError::BadId(_) => {
                panic!("a claim id is not a lower-case slug starting with its home kind")
            }
            TableError::OutOfKindOrder(_) => panic!("a claim is not in the file of its home kind"),
        }
    }
};

/// Every id, sorted, beside [`BY_ID`]: a binary search reads only these.
static SORTED_IDS: [&str; CLAIM_COUNT] = {
    let mut ids = [""; CLAIM_COUNT];
    let mut i = 0;
    while i < CLAIM_COUNT {
        ids[i] = CLAIMS[BY_ID[i] as usize].id().as_str();
        i += 1;
    }
    ids
};

/// The position of the claim with this exact id, if any.
pub(crate) fn position(id: &str) -> Option<usize> {
    SORTED_IDS
        .binary_search(&id)
        .ok()
        .map(|at| usize::from(BY_ID[at]))
}

/// The claim with this id, found at compile time: a missing id fails the build.
pub(crate) const fn claim(id: &str) -> &'static Claim {
    let mut i = 0;
    while i < CLAIM_COUNT {
        if same(CLAIMS[i].id().as_str(), id) {
            return &CLAIMS[i];
        }
        i += 1;
    }
    panic!("no claim has this id")
}

/// The claim with this exact id, if any, by binary search of the sorted ids:
/// [`position`] for `const` code.
pub(crate) const fn find(id: &str) -> Option<&'static Claim> {
    let (mut low, mut high) = (0, CLAIM_COUNT);
    while low < high {
        let middle = low + (high - low) / 2;
        match compare(SORTED_IDS[middle], id) {
            0 => return Some(&CLAIMS[BY_ID[middle] as usize]),
            order if order < 0 => low = middle + 1,
            _ => high = middle,
        }
    }
    None
}

// ---------------------------------------------------------------------------
// By subject: every claim about each subject, as a slice of claims.

const MEMBERSHIPS: usize = {
    let mut total = 0;
    let mut i = 0;
    while i < CLAIM_COUNT {
        total += CLAIMS[i].subjects().len();
        i += 1;
    }
    total
};

/// Where each subject's claims start in [`BY_SUBJECT`] (by [`Subject::dense`]).
static SUBJECT_START: [u16; Subject::COUNT + 1] = {
    let mut start = [0u16; Subject::COUNT + 1];
    let mut i = 0;
    while i < CLAIM_COUNT {
        let subjects = CLAIMS[i].subjects();
        let mut s = 0;
        while s < subjects.len() {
            start[subjects[s].dense() + 1] += 1;
            s += 1;
        }
        i += 1;
    }
    let mut k = 1;
    while k <= Subject::COUNT {
        start[k] += start[k - 1];
        k += 1;
    }
    start
};

/// Every claim about each subject, subject by subject, each in table order.
static BY_SUBJECT: [Claim; MEMBERSHIPS] = {
    let mut out = [BLANK; MEMBERSHIPS];
    let mut next = [0u16; Subject::COUNT + 1];
    let mut k = 0;
    while k <= Subject::COUNT {
        next[k] = SUBJECT_START[k];
        k += 1;
    }
    let mut i = 0;
    while i < CLAIM_COUNT {
        let subjects = CLAIMS[i].subjects();
        let mut s = 0;
        while s < subjects.len() {
            let d = subjects[s].dense();
            out[next[d] as usize] = CLAIMS[i];
            next[d] += 1;
            s += 1;
        }
        i += 1;
    }
    out
};

/// Every claim about `subject`, in table order.
pub(crate) const fn claims_of(subject: Subject) -> &'static [Claim] {
    let d = subject.dense();
    let (start, end) = (SUBJECT_START[d] as usize, SUBJECT_START[d + 1] as usize);
    let (head, _) = BY_SUBJECT.split_at(end);
    let (_, mine) = head.split_at(start);
    mine
}

// ---------------------------------------------------------------------------
// Lists of claim numbers by a key: kind, source, evidence level, disagreement.

/// Where each kind's claims start in [`CLAIMS`] (the table is in kind order).
static KIND_START: [u16; FactKind::ALL.len() + 1] = {
    let mut start = [0u16; FactKind::ALL.len() + 1];
    let mut i = 0;
    while i < CLAIM_COUNT {
        start[CLAIMS[i].home().kind() as usize + 1] += 1;
        i += 1;
    }
    let mut k = 1;
    while k <= FactKind::ALL.len() {
        start[k] += start[k - 1];
        k += 1;
    }
    start
};

/// The range of claim numbers whose home is of `kind`.
pub(crate) const fn kind_range(kind: FactKind) -> (usize, usize) {
    let k = kind as usize;
    (KIND_START[k] as usize, KIND_START[k + 1] as usize)
}

/// Builds `static $name: ([u16; KEYS + 1], [u16; PAIRS])`: for each key from 0
/// to `$keys`, the numbers of the claims for which `$test` holds, in table
/// order, one list after another (`part` slices one out). Two passes over the
/// claims for every key: one counts, one fills.
macro_rules! lists {
    ($(#[$doc:meta])* $name:ident, $pairs:ident, $keys:expr, |$claim:ident, $key:ident| $test:expr) => {
        const $pairs: usize = {
            let mut total = 0;
            let mut $key = 0;
            while $key < $keys {
                let mut i = 0;
                while i < CLAIM_COUNT {
                    let $claim = &CLAIMS[i];
                    if $test {
                        total += 1;
                    }
                    i += 1;
                }
                $key += 1;
            }
            total
        };

        $(#[$doc])*
        static $name: ([u16; $keys + 1], [u16; $pairs]) = {
            let mut start = [0u16; $keys + 1];
            let mut list = [0u16; $pairs];
            let mut at = 0;
            let mut $key = 0;
            while $key < $keys {
                start[$key] = at as u16;
                let mut i = 0;
                while i < CLAIM_COUNT {
                    let $claim = &CLAIMS[i];
                    if $test {
                        list[at] = i as u16;
                        at += 1;
                    }
                    i += 1;
                }
                $key += 1;
            }
            start[$keys] = at as u16;
            (start, list)
        };
    };
}

/// Whether `claim` takes part in the disagreement numbered `d`.
const fn disputes(claim: &Claim, d: usize) -> bool {
    let disputes = claim.disputes();
    let mut k = 0;
    while k < disputes.len() {
        if disputes[k] as usize == d {
            return true;
        }
        k += 1;
    }
    false
}

lists!(
    /// The claims citing each source.
    BY_SOURCE, SOURCE_PAIRS, Source::ALL.len(),
    |claim, s| claim.cites(Source::ALL[s])
);
lists!(
    /// For each level, the claims whose strongest citation reaches it.
    BY_EVIDENCE, EVIDENCE_PAIRS, Evidence::ALL.len(),
    |claim, level| claim.strongest_evidence() as usize >= level
);
lists!(
    /// The claims taking part in each disagreement.
    BY_DISAGREEMENT, DISPUTE_PAIRS, Disagreement::ALL.len(),
    |claim, d| disputes(claim, d)
);
lists!(
    /// The claims taking part in any disagreement (one list, key 0).
    CONTESTED, CONTESTED_PAIRS, 1,
    |claim, _key| claim.is_contested()
);

const fn part<'a>(start: &[u16], list: &'a [u16], key: usize) -> &'a [u16] {
    let (head, _) = list.split_at(start[key + 1] as usize);
    let (_, mine) = head.split_at(start[key] as usize);
    mine
}

/// The claims citing `source`.
pub(crate) fn citing(source: Source) -> &'static [u16] {
    part(&BY_SOURCE.0, &BY_SOURCE.1, source as usize)
}

/// The claims whose strongest citation is at least `level`.
pub(crate) fn at_least(level: Evidence) -> &'static [u16] {
    part(&BY_EVIDENCE.0, &BY_EVIDENCE.1, level as usize)
}

/// The claims taking part in `disagreement` (none for a retired one: the
/// retired variants are declared after every current one, so their numbers lie
/// past the table).
pub(crate) fn in_disagreement(disagreement: Disagreement) -> &'static [u16] {
    if disagreement as usize >= Disagreement::ALL.len() {
        return &[];
    }
    part(
        &BY_DISAGREEMENT.0,
        &BY_DISAGREEMENT.1,
        disagreement as usize,
    )
}

/// The claims taking part in any disagreement.
pub(crate) fn contested() -> &'static [u16] {
    part(&CONTESTED.0, &CONTESTED.1, 0)
}

// ---------------------------------------------------------------------------
// Search: every summary, ASCII-lower-cased once, end to end, one line each.

const TEXT_LEN: usize = {
    let mut total = 0;
    let mut i = 0;
    while i < CLAIM_COUNT {
        total += CLAIMS[i].summary().len() + 1;
        i += 1;
    }
    total
};

/// The longest summary: a longer needle matches nothing.
pub(crate) const LONGEST_SUMMARY: usize = {
    let mut max = 0;
    let mut i = 0;
    while i < CLAIM_COUNT {
        if CLAIMS[i].summary().len() > max {
            max = CLAIMS[i].summary().len();
        }
        i += 1;
    }
    max
};

/// `(start of each claim's text, the folded text)`: claim `i` is
/// `text[start[i]..start[i + 1] - 1]`, each followed by a line break.
static FOLDED: ([u32; CLAIM_COUNT + 1], [u8; TEXT_LEN]) = {
    let mut start = [0u32; CLAIM_COUNT + 1];
    let mut text = [0u8; TEXT_LEN];
    let mut at = 0;
    let mut i = 0;
    while i < CLAIM_COUNT {
        start[i] = at as u32;
        let bytes = CLAIMS[i].summary().as_bytes();
        let mut b = 0;
        while b < bytes.len() {
            text[at] = bytes[b].to_ascii_lowercase();
            at += 1;
            b += 1;
        }
        text[at] = b'\n';
        at += 1;
        i += 1;
    }
    start[CLAIM_COUNT] = at as u32;
    (start, text)
};

/// The folded text as a string (lower-casing ASCII keeps UTF-8 valid).
static FOLDED_TEXT: &str = match core::str::from_utf8(&FOLDED.1) {
    Ok(text) => text,
    Err(_) => panic!("folded summaries are UTF-8"),
};

/// How many 64-claim words a set of claims takes.
const WORDS: usize = CLAIM_COUNT.div_ceil(64);

/// How many buckets the trigram index hashes three-byte runs into.
const BUCKETS: usize = 1024;

const fn bucket(a: u8, b: u8, c: u8) -> usize {
    let key = (a as u32) | ((b as u32) << 8) | ((c as u32) << 16);
    (key.wrapping_mul(0x9E37_79B1) >> (32 - 10)) as usize
}

/// For each bucket of three-byte runs, the claims whose folded summary has a
/// run in that bucket: a search only verifies the claims that have every run
/// of its needle.
static TRIGRAMS: [[u64; WORDS]; BUCKETS] = {
    let mut index = [[0u64; WORDS]; BUCKETS];
    let (start, text) = (&FOLDED.0, &FOLDED.1);
    let mut i = 0;
    while i < CLAIM_COUNT {
        let (from, to) = (start[i] as usize, start[i + 1] as usize - 1);
        let mut at = from;
        while at + 3 <= to {
            let b = bucket(text[at], text[at + 1], text[at + 2]);
            index[b][i / 64] |= 1 << (i % 64);
            at += 1;
        }
        i += 1;
    }
    index
};

/// A search through the folded summaries: the claims whose summary contains
/// the needle, in table order. The trigram index narrows the claims to verify;
/// each is verified with the standard library's substring search.
#[derive(Debug, Clone)]
pub(crate) struct Search {
    needle: [u8; LONGEST_SUMMARY],
    len: usize,
    /// The claims still to verify.
    candidates: [u64; WORDS],
}

impl Search {
    pub(crate) fn new(text: &str) -> Self {
        let mut needle = [0u8; LONGEST_SUMMARY];
        let mut candidates = [0u64; WORDS];
        if text.len() > LONGEST_SUMMARY || text.contains('\n') {
            return Self {
                needle,
                len: 0,
                candidates,
            };
        }
        let len = text.len();
        needle[..len].copy_from_slice(text.as_bytes());
        needle[..len].make_ascii_lowercase();
        // Every claim, then only those with every run of the needle.
        for (w, word) in candidates.iter_mut().enumerate() {
            let left = CLAIM_COUNT - w * 64;
            *word = if left >= 64 {
                u64::MAX
            } else {
                (1 << left) - 1
            };
        }
        for run in needle[..len].windows(3) {
            let claims = &TRIGRAMS[bucket(run[0], run[1], run[2])];
            for (word, have) in candidates.iter_mut().zip(claims) {
                *word &= have;
            }
        }
        Self {
            needle,
            len,
            candidates,
        }
    }

    /// The next claim number whose summary contains the needle.
    pub(crate) fn next_claim(&mut self) -> Option<usize> {
        let needle = core::str::from_utf8(&self.needle[..self.len]).ok()?;
        loop {
            let w = self.candidates.iter().position(|word| *word != 0)?;
            let bit = self.candidates[w].trailing_zeros() as usize;
            self.candidates[w] &= self.candidates[w] - 1;
            let claim = w * 64 + bit;
            let (from, to) = (FOLDED.0[claim] as usize, FOLDED.0[claim + 1] as usize - 1);
            if FOLDED_TEXT
                .get(from..to)
                .is_some_and(|summary| summary.contains(needle))
            {
                return Some(claim);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{TableError, check, sorted};
    use crate::{Citation, Claim, Evidence, Route, Source, Subject};

    const CITE: &[Citation] = &[Citation::whole(Source::WhatIsKetamine, Evidence::Stated)];
    const IV: &[Subject] = &[Subject::Route(Route::Iv)];

    fn problem<const N: usize>(claims: [Claim; N]) -> Option<TableError> {
        check(&claims, &sorted(&claims, false), &sorted(&claims, true))
    }

    #[test]
    fn a_claim_added_twice_is_caught() {
        let row = Claim::new("route/intravenous-one", IV, "One.", CITE);
        let other = Claim::new("route/intravenous-two", IV, "Two.", CITE);
        assert_eq!(problem([row, other]), None);
        assert_eq!(
            problem([row, other, row]),
            Some(TableError::DuplicateId("route/intravenous-one"))
        );
        // The same fact under a new id is still the same fact.
        let copy = Claim::new("route/intravenous-three", IV, "One.", CITE);
        assert!(matches!(
            problem([row, other, copy]),
            Some(TableError::DuplicateSummary(_))
        ));
    }

    #[test]
    fn rows_must_be_well_formed() {
        let good = Claim::new("route/intravenous-one", IV, "One.", CITE);
        assert_eq!(
            problem([good, Claim::new("route/intravenous-two", &[], "Two.", CITE)]),
            Some(TableError::NoSubject("route/intravenous-two"))
        );
        assert_eq!(
            problem([Claim::new("route/intravenous-two", IV, "Two.", &[])]),
            Some(TableError::NoCitation("route/intravenous-two"))
        );
        assert_eq!(
            problem([Claim::new("indication/two", IV, "Two.", CITE)]),
            Some(TableError::BadId("indication/two"))
        );
        assert_eq!(
            problem([Claim::new("route/Two", IV, "Two.", CITE)]),
            Some(TableError::BadId("route/Two"))
        );
        let twice = &[Subject::Route(Route::Iv), Subject::Route(Route::Iv)];
        assert_eq!(
            problem([Claim::new("route/two", twice, "Two.", CITE)]),
            Some(TableError::RepeatedSubject("route/two"))
        );
    }

    #[test]
    fn sorting_orders_ids() {
        let rows = [
            Claim::new("route/c", IV, "C.", CITE),
            Claim::new("route/a", IV, "A.", CITE),
            Claim::new("route/b", IV, "B.", CITE),
        ];
        assert_eq!(sorted(&rows, false), [1, 2, 0]);
    }
}
