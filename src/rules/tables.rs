//! The reference tables that depend on the country: postal-code patterns and examples,
//! subdivisions, and phone numbers' lengths. They are one blob, `data/tables.bin`, written by
//! `data/generate.py` and read in place: no table is parsed, copied or allocated.
//!
//! Natively the blob is compiled in. In the page it is a file of its own, kept out of the module
//! so the first download does not carry it: the package fetches it next to the module and hands
//! it over once ([`load`]). Until then [`get`] is `None`, and each rule that needs a table skips
//! that check (principle 1: never reject what CCBill accepts).
//!
//! The layout, little-endian (`data/generate.py` writes the same):
//!
//! | offset | bytes | field |
//! |---|---|---|
//! | 0 | 4 | magic, `CCVT` |
//! | 4 | 2 | format version, [`FORMAT`] |
//! | 6 | 2 | the number of sections |
//! | 8 | 4 | FNV-1a (32 bits) of every byte from offset 12 to the end |
//! | 12 | 8 × n | per section, in the order of [`Section`]: its offset and its length (u32 each) |
//!
//! then the sections. A row is a fixed-width byte array; the rows of a section are sorted by
//! their first field, and binary-searched.

include!("../../data/tables.rs");

const MAGIC: [u8; 4] = *b"CCVT";
/// The layout's version: a blob of another one is refused (a file from another release).
const FORMAT: u16 = 1;
const SECTIONS: usize = 8;
const HEADER: usize = 12 + 8 * SECTIONS;

/// A postal row's second pattern when its region has only one.
const NO_PATTERN: u8 = 255;

/// The sections, in the blob's order.
#[derive(Clone, Copy)]
enum Section {
    /// Every distinct postal-code pattern, end to end (ASCII).
    PostalPatterns,
    /// Rows of 2: where pattern `i` starts (u16); one more row, where the last one ends.
    PostalPatternAt,
    /// Rows of 6: region, pattern, second pattern or [`NO_PATTERN`], its examples line (u16).
    PostalRegions,
    /// A line per postal region: up to two examples, `|`-separated (ASCII).
    PostalExamples,
    /// A line per country: its codes, space-separated, runs of numbers as `lo~hi` (ASCII).
    SubdivisionCodes,
    /// Rows of 4: country, where its line starts (u16).
    SubdivisionIndex,
    /// Rows of 10: region, calling code (u16), national prefix (two ASCII digits, NUL-padded),
    /// possible lengths of the national number (u32, bit `n`: `n` digits).
    PhoneRegions,
    /// Rows of 6: calling code (u16), the possible lengths of any of its regions (u32).
    CallingCodes,
}

impl Section {
    const ALL: [Section; SECTIONS] = [
        Section::PostalPatterns,
        Section::PostalPatternAt,
        Section::PostalRegions,
        Section::PostalExamples,
        Section::SubdivisionCodes,
        Section::SubdivisionIndex,
        Section::PhoneRegions,
        Section::CallingCodes,
    ];

    /// The width of its rows in bytes (1 for text).
    const fn row(self) -> usize {
        match self {
            Section::PostalPatternAt => 2,
            Section::PostalRegions | Section::CallingCodes => 6,
            Section::SubdivisionIndex => 4,
            Section::PhoneRegions => 10,
            Section::PostalPatterns | Section::PostalExamples | Section::SubdivisionCodes => 1,
        }
    }
}

/// The tables of one blob, read in place.
#[derive(Clone, Copy)]
pub(crate) struct Tables<'a> {
    blob: &'a [u8],
}

/// A region's postal-code patterns ([`Tables::postal_pattern`]) and its examples line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct PostalRegion {
    pub(crate) patterns: [u8; 2],
    examples_at: u16,
}

/// What a region's phone numbers look like: enough to say whether a length is possible.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct PhoneRegion<'a> {
    pub(crate) calling_code: u16,
    /// The national prefix (`0`, `06`, ...), empty when the region has none.
    pub(crate) prefix: &'a [u8],
    /// Bit `n` set: a national number of `n` digits is possible.
    pub(crate) lengths: u32,
}

impl<'a> Tables<'a> {
    /// The tables of `blob`, when it is a whole blob of this format: the magic, the format, the
    /// number of sections and the checksum match, and every section lies inside the blob and holds
    /// whole rows. Anything else, truncated or corrupt, is `None`; no input panics.
    pub(crate) fn parse(blob: &'a [u8]) -> Option<Self> {
        let header = blob.get(..12)?;
        let ok = header.get(..4) == Some(&MAGIC[..])
            && u16_at(header, 4) == Some(FORMAT)
            && u16_at(header, 6) == Some(SECTIONS as u16)
            && u32_at(header, 8) == Some(fnv1a(blob.get(12..)?));
        let tables = Tables { blob };
        let whole = |s: Section| tables.bounds(s).is_some_and(|(at, len)| at >= HEADER && len % s.row() == 0);
        (ok && Section::ALL.into_iter().all(whole)).then_some(tables)
    }

    /// Where section `s` lies in the blob, if inside it.
    fn bounds(self, s: Section) -> Option<(usize, usize)> {
        let entry = 12 + 8 * s as usize;
        let at = usize::try_from(u32_at(self.blob, entry)?).ok()?;
        let len = usize::try_from(u32_at(self.blob, entry + 4)?).ok()?;
        self.blob.get(at..at.checked_add(len)?).map(|_| (at, len))
    }

    /// Section `s`'s bytes (none for a section out of bounds: [`Tables::parse`] refused those).
    fn section(self, s: Section) -> &'a [u8] {
        self.bounds(s).and_then(|(at, len)| self.blob.get(at..at + len)).unwrap_or_default()
    }

    /// The postal row of a region (an upper-case country code), if it has a known format.
    pub(crate) fn postal(self, region: [u8; 2]) -> Option<PostalRegion> {
        let &[_, _, first, second, e0, e1] =
            find(self.section(Section::PostalRegions), region, |r: &[u8; 6]| [r[0], r[1]])?;
        Some(PostalRegion { patterns: [first, second], examples_at: u16::from_le_bytes([e0, e1]) })
    }

    /// Postal-code pattern `i` of a row (`None` for [`NO_PATTERN`]).
    pub(crate) fn postal_pattern(self, i: u8) -> Option<&'a str> {
        if i == NO_PATTERN {
            return None;
        }
        let (at, _) = self.section(Section::PostalPatternAt).as_chunks::<2>();
        let i = usize::from(i);
        let (start, end) = (at.get(i)?, at.get(i + 1)?);
        let (start, end) = (usize::from(u16::from_le_bytes(*start)), usize::from(u16::from_le_bytes(*end)));
        core::str::from_utf8(self.section(Section::PostalPatterns).get(start..end)?).ok()
    }

    /// A postal region's (up to) two examples, for the message; the second may be empty.
    pub(crate) fn postal_examples(self, region: PostalRegion) -> [&'a str; 2] {
        let rest = self.section(Section::PostalExamples).get(usize::from(region.examples_at)..).unwrap_or_default();
        let line = rest.split(|&b| b == b'\n').next().unwrap_or_default();
        let mut examples = line.splitn(2, |&b| b == b'|').map(|e| core::str::from_utf8(e).unwrap_or_default());
        [examples.next().unwrap_or_default(), examples.next().unwrap_or_default()]
    }

    /// A country's subdivision codes, space-separated, numbers' runs as `lo~hi`, if it has a list.
    pub(crate) fn subdivisions(self, country: [u8; 2]) -> Option<&'a [u8]> {
        let &[_, _, a0, a1] = find(self.section(Section::SubdivisionIndex), country, |r: &[u8; 4]| [r[0], r[1]])?;
        let rest = self.section(Section::SubdivisionCodes).get(usize::from(u16::from_le_bytes([a0, a1]))..)?;
        rest.split(|&b| b == b'\n').next()
    }

    /// What a region's phone numbers look like, if it has any.
    pub(crate) fn phone(self, region: [u8; 2]) -> Option<PhoneRegion<'a>> {
        let row = find(self.section(Section::PhoneRegions), region, |r: &[u8; 10]| [r[0], r[1]])?;
        let &[_, _, c0, c1, _, _, l0, l1, l2, l3] = row;
        let prefix = row.get(4..6).unwrap_or_default();
        let prefix = prefix.get(..prefix.iter().position(|&b| b == 0).unwrap_or(prefix.len())).unwrap_or_default();
        Some(PhoneRegion {
            calling_code: u16::from_le_bytes([c0, c1]),
            prefix,
            lengths: u32::from_le_bytes([l0, l1, l2, l3]),
        })
    }

    /// The possible national lengths under a calling code (bit `n`: `n` digits), if it is one.
    pub(crate) fn calling_code(self, code: u16) -> Option<u32> {
        let &[_, _, l0, l1, l2, l3] =
            find(self.section(Section::CallingCodes), code, |r: &[u8; 6]| u16::from_le_bytes([r[0], r[1]]))?;
        Some(u32::from_le_bytes([l0, l1, l2, l3]))
    }
}

/// The row of `rows` (a section of `N`-byte rows, sorted by key) whose key is `key`.
fn find<const N: usize, K: Ord>(rows: &[u8], key: K, key_of: impl Fn(&[u8; N]) -> K) -> Option<&[u8; N]> {
    let (rows, _) = rows.as_chunks::<N>();
    rows.binary_search_by(|row| key_of(row).cmp(&key)).ok().and_then(|i| rows.get(i))
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    bytes.get(at..at.checked_add(2)?)?.try_into().ok().map(u16::from_le_bytes)
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    bytes.get(at..at.checked_add(4)?)?.try_into().ok().map(u32::from_le_bytes)
}

/// FNV-1a, 32 bits: a few lines, enough to tell a damaged or cut file from the one written.
fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |h, &b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

/// The tables, natively: compiled in (`tests/` and `data/generate.py --check` hold the blob to
/// its sources and its format).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn get() -> Option<Tables<'static>> {
    static BLOB: &[u8] = include_bytes!("../../data/tables.bin");
    Some(Tables { blob: BLOB })
}

#[cfg(target_arch = "wasm32")]
pub(crate) use page::{get, load};

/// The tables in the page: the blob the package hands over, kept for the module's lifetime.
#[cfg(target_arch = "wasm32")]
mod page {
    use alloc::boxed::Box;
    use alloc::vec::Vec;
    use core::ptr;
    use core::sync::atomic::{AtomicPtr, Ordering};

    use super::Tables;

    /// The loaded blob: a leaked `&'static [u8]` behind one pointer, so it is published whole
    /// (a pointer and a length stored apart could be seen half-written); null until loaded.
    static LOADED: AtomicPtr<&'static [u8]> = AtomicPtr::new(ptr::null_mut());

    /// The tables, once a blob was loaded.
    pub(crate) fn get() -> Option<Tables<'static>> {
        // SAFETY: LOADED is null or a pointer from `Box::into_raw` below, published once and
        // never freed or written through, so it is valid for reads for the module's lifetime.
        let blob = unsafe { LOADED.load(Ordering::Acquire).as_ref() }?;
        Some(Tables { blob })
    }

    /// Keeps `bytes` as the tables when they are a valid blob ([`Tables::parse`]); returns whether
    /// they were. The first valid blob stays: a later one, valid or not, changes nothing.
    pub(crate) fn load(bytes: Vec<u8>) -> bool {
        if Tables::parse(&bytes).is_none() {
            return false;
        }
        if !LOADED.load(Ordering::Acquire).is_null() {
            return true;
        }
        let blob: &'static [u8] = Box::leak(bytes.into_boxed_slice());
        let cell = Box::into_raw(Box::new(blob));
        // One thread in the page: nothing can store in between. Were it to, the first store
        // wins and this copy stays leaked, which costs bytes, never correctness.
        let _ = LOADED.compare_exchange(ptr::null_mut(), cell, Ordering::AcqRel, Ordering::Acquire);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The committed blob, whatever the target (on wasm32 `get()` waits for `load`).
    fn blob() -> &'static [u8] {
        include_bytes!("../../data/tables.bin")
    }

    #[test]
    fn the_committed_blob_parses_and_holds_every_row_written() {
        let t = Tables::parse(blob()).expect("data/tables.bin is a valid blob");
        let rows = |s: Section| t.section(s).len() / s.row();
        assert_eq!(rows(Section::PostalRegions), POSTAL_REGIONS);
        assert_eq!(rows(Section::PostalPatternAt), POSTAL_PATTERNS + 1);
        assert_eq!(rows(Section::SubdivisionIndex), SUBDIVISION_COUNTRIES);
        assert_eq!(rows(Section::PhoneRegions), PHONE_REGIONS);
        assert_eq!(rows(Section::CallingCodes), CALLING_CODES);
        // Every pattern reads, and no row points past the patterns.
        assert_eq!((0..=254).map_while(|i| t.postal_pattern(i)).count(), POSTAL_PATTERNS);
        assert_eq!(t.postal_pattern(NO_PATTERN), None);
    }

    #[test]
    fn rows_are_sorted_for_binary_search() {
        let t = Tables::parse(blob()).expect("valid");
        let keys = |s: Section, width: usize| -> Vec<Vec<u8>> {
            t.section(s).chunks(s.row()).map(|r| r[..width].to_vec()).collect()
        };
        for s in [Section::PostalRegions, Section::SubdivisionIndex, Section::PhoneRegions] {
            assert!(keys(s, 2).windows(2).all(|w| w[0] < w[1]), "section {}", s as usize);
        }
        let codes: Vec<u16> =
            t.section(Section::CallingCodes).chunks(6).map(|r| u16::from_le_bytes([r[0], r[1]])).collect();
        assert!(codes.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn lookups_read_the_rows_the_generator_wrote() {
        let t = Tables::parse(blob()).expect("valid");
        let us = t.postal(*b"US").expect("US has a format");
        assert_eq!(t.postal_examples(us), ["95014", "22162-1010"]);
        assert_eq!(us.patterns.map(|i| t.postal_pattern(i).is_some()), [true, true], "current and older");
        let ac = t.postal(*b"AC").expect("AC has a format");
        assert_eq!((t.postal_pattern(ac.patterns[0]), ac.patterns[1]), (Some("ASCN 1ZZ"), NO_PATTERN));
        assert!(t.postal(*b"AE").is_none(), "no postal format for AE");
        assert_eq!(t.subdivisions(*b"AU"), Some(&b"ACT NSW NT QLD SA TAS VIC WA"[..]));
        assert_eq!(t.subdivisions(*b"ZZ"), None);
        let by = t.phone(*b"BY").expect("BY");
        assert_eq!((by.calling_code, by.prefix, by.lengths), (375, &b"8"[..], 0xfc0));
        let ac = t.phone(*b"AC").expect("AC");
        assert_eq!((ac.calling_code, ac.prefix, ac.lengths), (247, &b""[..], 0x60));
        assert_eq!(t.phone(*b"ZZ"), None);
        assert_eq!(t.calling_code(1), Some(0x480));
        assert_eq!(t.calling_code(999), None);
    }

    /// `blob` with its checksum recomputed: what a corrupt file would need to look whole.
    fn resealed(mut blob: Vec<u8>) -> Vec<u8> {
        if blob.len() >= 12 {
            let sum = fnv1a(&blob[12..]).to_le_bytes();
            blob[8..12].copy_from_slice(&sum);
        }
        blob
    }

    fn with(at: usize, bytes: &[u8]) -> Vec<u8> {
        let mut b = blob().to_vec();
        b[at..at + bytes.len()].copy_from_slice(bytes);
        b
    }

    #[test]
    fn malformed_blobs_are_refused() {
        let len = blob().len() as u32;
        let section = |i: usize| 12 + 8 * i;
        // (what is wrong, the bytes), each with a checksum that matches unless said otherwise.
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("empty", vec![]),
            ("the header only", blob()[..HEADER].to_vec()),
            ("another magic", resealed(with(0, b"CCVX"))),
            ("an HTML page", resealed(b"<!doctype html><html><body>Not found</body></html>".to_vec())),
            ("another format", resealed(with(4, &2u16.to_le_bytes()))),
            ("another section count", resealed(with(6, &9u16.to_le_bytes()))),
            ("one byte flipped, checksum not resealed", with(HEADER + 100, &[!blob()[HEADER + 100]])),
            ("the checksum wrong", with(8, &[0, 0, 0, 0])),
            ("a section past the end", resealed(with(section(7) + 4, &len.to_le_bytes()))),
            ("a section's length overflowing", resealed(with(section(3) + 4, &u32::MAX.to_le_bytes()))),
            ("a section inside the header", resealed(with(section(0), &0u32.to_le_bytes()))),
            ("rows cut short", resealed(with(section(6) + 4, &(PHONE_REGIONS as u32 * 10 - 1).to_le_bytes()))),
        ];
        for (what, bytes) in cases {
            assert!(Tables::parse(&bytes).is_none(), "{what}");
        }
    }

    #[test]
    fn a_cut_blob_is_refused() {
        let whole = blob();
        // Every length through the header and the first rows, then a spread to the end (each
        // parse sums the whole blob: every length would take seconds in a debug build).
        let lengths = (0..HEADER + 64).chain((HEADER + 64..whole.len()).step_by(61)).chain([whole.len() - 1]);
        for len in lengths {
            assert!(Tables::parse(&whole[..len]).is_none(), "cut at {len}");
            assert!(Tables::parse(&resealed(whole[..len].to_vec())).is_none(), "cut at {len}, resealed");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod damaged {
        use super::*;
        use proptest::prelude::*;

        /// Every lookup, for every two-letter code and calling code: none may panic.
        fn read_everything(t: Tables<'_>) {
            for a in b'A'..=b'Z' {
                for b in b'A'..=b'Z' {
                    if let Some(p) = t.postal([a, b]) {
                        let _ = (t.postal_examples(p), p.patterns.map(|i| t.postal_pattern(i)));
                    }
                    let _ = (t.subdivisions([a, b]), t.phone([a, b]));
                }
            }
            for code in 0..1000 {
                let _ = t.calling_code(code);
            }
        }

        proptest! {
            /// Whatever bytes a blob holds (resealed, so the structure's checks are what refuse
            /// it), parsing and reading it never panic, whether `parse` accepts it or not.
            #[test]
            fn damaged_blobs_never_panic(edits in prop::collection::vec((0..blob().len(), any::<u8>()), 1..8)) {
                let mut bytes = blob().to_vec();
                for (at, byte) in edits {
                    bytes[at] = byte;
                }
                let bytes = resealed(bytes);
                if let Some(t) = Tables::parse(&bytes) {
                    read_everything(t);
                }
                read_everything(Tables { blob: &bytes });
            }
        }
    }
}
