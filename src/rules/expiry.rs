//! The card's expiry month and year.

use super::range::{integer, integer_in};
use super::reason::Reason;
use super::Check;
use crate::input::Value;

pub(crate) const MIN_YEAR: i64 = 2018;
pub(crate) const MAX_YEAR: i64 = 2100;

/// `1`–`12`, as `"1"`, `"01"` or `12`.
pub(crate) fn month(v: &Value) -> Check {
    integer_in(v, 1, MAX_MONTH)
}

pub(crate) const MAX_MONTH: i64 = 12;

/// 2018–2100, and with the month not before the current month.
///
/// A card is valid through the last day of its month, and "now" is read in
/// the latest time zone on Earth (UTC−12): a card is expired only once its
/// month has ended everywhere, so no customer is turned away early.
pub(crate) fn year(v: &Value, month: &Value, now_ms: f64) -> Check {
    let year = integer(v, MIN_YEAR, MAX_YEAR)?;
    // An invalid month is reported on its own field; no expiry check then.
    let Ok(month) = integer(month, 1, 12) else {
        return Ok(());
    };
    let (now_year, now_month) = year_month(now_ms - 12.0 * HOUR_MS);
    if (year, month) < (now_year, now_month) {
        Err(Reason::Expired)
    } else {
        Ok(())
    }
}

const HOUR_MS: f64 = 3_600_000.0;
const DAY_MS: f64 = 24.0 * HOUR_MS;

/// The UTC year and month of a JavaScript time value.
pub(crate) fn year_month(ms: f64) -> (i64, i64) {
    let days = crate::num::floor(ms / DAY_MS);
    // Out-of-range clocks clamp instead of overflowing: any date is fine here.
    let days = days.clamp(-1e9, 1e9) as i64;
    let (y, m, _) = civil_from_days(days);
    (y, m)
}

/// Howard Hinnant's `civil_from_days`: days since 1970-01-01 → (y, m, d).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_779), (2026, 11, 22));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(year_month(-1.0), (1969, 12));
    }

    #[test]
    fn expiry_is_lenient_at_month_end() {
        let nov = Value::from("11");
        // 2026-12-01T00:00Z: still 30 November in UTC-12.
        let dec_1 = 20_788.0 * DAY_MS;
        assert_eq!(year(&Value::from("2026"), &nov, dec_1), Ok(()));
        assert_eq!(year(&Value::from("2026"), &nov, dec_1 + 12.0 * HOUR_MS), Err(Reason::Expired));
        assert_eq!(year(&Value::from("2026"), &Value::from("13"), dec_1 * 2.0), Ok(()));
    }
}
