//! Card brands by number prefix (IIN ranges), for live formatting and for the
//! length and CVV rules. Detection works on partial input: `4` is Visa, `34`
//! American Express, `2221` Mastercard. Lengths are generous on purpose: every
//! length an issuer of the brand uses passes.

/// A card brand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Brand {
    Visa,
    Mastercard,
    AmericanExpress,
    DinersClub,
    Discover,
    Jcb,
    UnionPay,
    Maestro,
    Elo,
    Hipercard,
    Mir,
}

impl Brand {
    /// Every brand.
    pub const ALL: &'static [Brand] = &[
        Brand::Visa,
        Brand::Mastercard,
        Brand::AmericanExpress,
        Brand::DinersClub,
        Brand::Discover,
        Brand::Jcb,
        Brand::UnionPay,
        Brand::Maestro,
        Brand::Elo,
        Brand::Hipercard,
        Brand::Mir,
    ];

    /// A stable id, e.g. `"american-express"` (the ids card-validator uses).
    pub const fn id(self) -> &'static str {
        self.info().id
    }

    /// The brand's name as printed on cards, e.g. `"American Express"`.
    pub const fn name(self) -> &'static str {
        self.info().name
    }

    /// The numbers of digits its card numbers have.
    pub const fn lengths(self) -> &'static [u8] {
        self.info().lengths
    }

    /// The digits of its security code.
    pub const fn cvv_length(self) -> u8 {
        self.info().cvv
    }

    /// Where a formatted number has spaces: after these many digits.
    pub const fn gaps(self) -> &'static [u8] {
        self.info().gaps
    }

    const fn info(self) -> Info {
        const G4: &[u8] = &UNKNOWN_GAPS;
        const G15: &[u8] = &[4, 10];
        const fn i(id: &'static str, name: &'static str, lengths: &'static [u8], cvv: u8, gaps: &'static [u8]) -> Info {
            Info { id, name, lengths, cvv, gaps }
        }
        match self {
            Brand::Visa => i("visa", "Visa", &[13, 16, 18, 19], 3, G4),
            Brand::Mastercard => i("mastercard", "Mastercard", &[16], 3, G4),
            Brand::AmericanExpress => i("american-express", "American Express", &[15], 4, G15),
            Brand::DinersClub => i("diners-club", "Diners Club", &[14, 16, 19], 3, G15),
            Brand::Discover => i("discover", "Discover", &[16, 19], 3, G4),
            Brand::Jcb => i("jcb", "JCB", &[16, 17, 18, 19], 3, G4),
            Brand::UnionPay => i("unionpay", "UnionPay", &[14, 15, 16, 17, 18, 19], 3, G4),
            Brand::Maestro => i("maestro", "Maestro", &[12, 13, 14, 15, 16, 17, 18, 19], 3, G4),
            Brand::Elo => i("elo", "Elo", &[16], 3, G4),
            Brand::Hipercard => i("hipercard", "Hipercard", &[16, 19], 3, G4),
            Brand::Mir => i("mir", "Mir", &[16, 17, 18, 19], 3, G4),
        }
    }
}

/// Where a number of no known brand is grouped: as Visa's and Mastercard's, the most common.
pub(crate) const UNKNOWN_GAPS: [u8; 3] = [4, 8, 12];

/// Every length a card number may have when its brand is unknown: 12 to 19 digits (ISO/IEC 7812).
pub(crate) const ANY_LENGTH: [u8; 8] = [12, 13, 14, 15, 16, 17, 18, 19];

struct Info {
    id: &'static str,
    name: &'static str,
    lengths: &'static [u8],
    cvv: u8,
    gaps: &'static [u8],
}

/// (first prefix, last prefix, brand): both prefixes have the same digits.
const RANGES: &[(u32, u32, Brand)] = {
    use Brand::*;
    &[
        (4, 4, Visa),
        (51, 55, Mastercard),
        (2221, 2720, Mastercard),
        (34, 34, AmericanExpress),
        (37, 37, AmericanExpress),
        (300, 305, DinersClub),
        (36, 36, DinersClub),
        (38, 39, DinersClub),
        (6011, 6011, Discover),
        (644, 649, Discover),
        (65, 65, Discover),
        (2131, 2131, Jcb),
        (1800, 1800, Jcb),
        (3528, 3589, Jcb),
        (62, 62, UnionPay),
        (81, 81, UnionPay),
        (493698, 493698, Maestro),
        (500000, 504174, Maestro),
        (504176, 506698, Maestro),
        (506779, 508999, Maestro),
        (56, 59, Maestro),
        (63, 63, Maestro),
        (67, 67, Maestro),
        (6, 6, Maestro),
        (401178, 401179, Elo),
        (431274, 431274, Elo),
        (438935, 438935, Elo),
        (451416, 451416, Elo),
        (457393, 457393, Elo),
        (457631, 457632, Elo),
        (504175, 504175, Elo),
        (506699, 506778, Elo),
        (509000, 509999, Elo),
        (627780, 627780, Elo),
        (636297, 636297, Elo),
        (636368, 636368, Elo),
        (650031, 650033, Elo),
        (650035, 650051, Elo),
        (650405, 650439, Elo),
        (650485, 650538, Elo),
        (650541, 650598, Elo),
        (650700, 650718, Elo),
        (650720, 650727, Elo),
        (650901, 650978, Elo),
        (651652, 651679, Elo),
        (655000, 655019, Elo),
        (655021, 655058, Elo),
        (384100, 384100, Hipercard),
        (384140, 384140, Hipercard),
        (384160, 384160, Hipercard),
        (606282, 606282, Hipercard),
        (2200, 2204, Mir),
    ]
};

/// The brand of a card number's digits, or of its first digits. The most specific
/// range the digits fully cover wins (Elo's `509000` over Maestro's `5`);
/// when the digits only begin some ranges, a brand is named only if all of
/// them agree (`22` could be Mastercard or Mir: `None`).
pub(crate) fn detect(digits: &str) -> Option<Brand> {
    let head = digits.as_bytes().get(..digits.len().min(6))?;
    if head.is_empty() || !head.iter().all(u8::is_ascii_digit) {
        return None;
    }
    // The first six digits as a number, once: `prefix(w)` is its first `w` digits.
    let typed = head.iter().fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0'));
    let prefix = |width: usize| typed / pow10(head.len() - width);
    let mut best: Option<(usize, Brand)> = None;
    let mut partial: Option<Option<Brand>> = None;
    for (&(lo, hi, brand), &width) in RANGES.iter().zip(WIDTHS.iter()) {
        let width = usize::from(width);
        if head.len() >= width {
            if (lo..=hi).contains(&prefix(width)) && best.is_none_or(|(w, _)| width > w) {
                best = Some((width, brand));
            }
        } else {
            // Does some number of the range begin with the digits typed so far?
            let scale = pow10(width - head.len());
            if (lo / scale..=hi / scale).contains(&typed) {
                partial = Some(match partial {
                    None => Some(brand),
                    Some(Some(b)) if b == brand => Some(b),
                    Some(_) => None,
                });
            }
        }
    }
    best.map(|(_, b)| b).or(partial.flatten())
}

/// Each range's prefix width in digits, computed once at compile time (the
/// loop above runs on every keystroke).
const WIDTHS: [u8; RANGES.len()] = {
    let mut out = [0; RANGES.len()];
    let mut i = 0;
    while i < RANGES.len() {
        let (mut lo, mut width) = (RANGES[i].0, 1);
        while lo >= 10 {
            lo /= 10;
            width += 1;
        }
        out[i] = width;
        i += 1;
    }
    out
};

/// `10^n` for the widths used here (at most 6); no panic past them.
fn pow10(n: usize) -> u32 {
    [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000].get(n).copied().unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_of_partial_input() {
        for (digits, want) in [
            ("4", Some(Brand::Visa)),
            ("34", Some(Brand::AmericanExpress)),
            ("37", Some(Brand::AmericanExpress)),
            ("2221", Some(Brand::Mastercard)),
            ("222", Some(Brand::Mastercard)),
            ("22", None),
            ("2", None),
            ("5", None),
            ("51", Some(Brand::Mastercard)),
            ("6011", Some(Brand::Discover)),
            ("65", Some(Brand::Discover)),
            ("650031", Some(Brand::Elo)),
            ("6062826", Some(Brand::Hipercard)),
            ("2200", Some(Brand::Mir)),
            ("3530", Some(Brand::Jcb)),
            ("30", Some(Brand::DinersClub)),
            ("", None),
            ("x", None),
            ("9", None),
        ] {
            assert_eq!(detect(digits), want, "{digits}");
        }
    }
}
