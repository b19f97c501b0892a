//! Number helpers the module needs and `core` lacks or would bring formatting with: integers
//! as decimal text (`to_string` pulls in `core::fmt`), and the few float roundings the rules
//! use (`f64::floor` and friends live in std). One code path on every target, so the native
//! tests check what the module runs; only `round` and `pow10` are native alone, for printing a
//! fraction, which the module leaves to the page's engine (src/rules/text.rs `number_text`).

use alloc::string::String;

/// Appends `n` in decimal.
pub(crate) fn push_decimal(out: &mut String, n: u128) {
    let mut digits = [0u8; 39]; // u128::MAX has 39 digits
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        if let Some(d) = digits.get_mut(at) {
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || at == 0 {
            break;
        }
    }
    for d in digits.iter().skip(at) {
        out.push(char::from(*d));
    }
}

/// Appends `n` in decimal, with its sign.
pub(crate) fn push_int(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    push_decimal(out, u128::from(n.unsigned_abs()));
}

/// 2^52: from here on every double is a whole number.
const WHOLE: f64 = 4_503_599_627_370_496.0;

/// `x` without its fraction, toward zero.
pub(crate) fn trunc(x: f64) -> f64 {
    if x.is_nan() || x.abs() >= WHOLE {
        x
    } else {
        // Exact: |x| < 2^52 fits an i64, and a whole number below 2^53 is a double.
        (x as i64 as f64).copysign(x)
    }
}

/// `x - trunc(x)`, exact.
pub(crate) fn fract(x: f64) -> f64 {
    x - trunc(x)
}

/// The largest whole number ≤ `x`.
pub(crate) fn floor(x: f64) -> f64 {
    let t = trunc(x);
    if t > x {
        t - 1.0
    } else {
        t
    }
}

/// The nearest whole number, halves away from zero (`f64::round`). Natively only, for printing
/// numbers (src/rules/text.rs); the module has the engine print them.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn round(x: f64) -> f64 {
    let t = trunc(x);
    // `x - t` is exact, so 0.49999999999999994 stays below a half (adding 0.5 would not).
    if (x - t).abs() >= 0.5 {
        t + x.signum()
    } else {
        t
    }
}

/// `10^n` by repeated squaring (the same products as LLVM's `powi`). Natively only, as `round`.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn pow10(n: u32) -> f64 {
    let (mut result, mut base, mut n) = (1.0, 10.0f64, n);
    while n > 0 {
        if n & 1 == 1 {
            result *= base;
        }
        base *= base;
        n >>= 1;
    }
    result
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn decimals() {
        for n in [0u128, 7, 10, 99, 100, 12345, u64::MAX as u128, u128::MAX] {
            let mut out = String::new();
            push_decimal(&mut out, n);
            assert_eq!(out, n.to_string());
        }
        for n in [0i64, -1, 42, i64::MIN, i64::MAX] {
            let mut out = String::new();
            push_int(&mut out, n);
            assert_eq!(out, n.to_string());
        }
    }

    #[test]
    fn roundings_match_std() {
        let xs = [
            0.0,
            -0.0,
            0.5,
            -0.5,
            1.5,
            2.5,
            -2.5,
            0.49999999999999994,
            1e-300,
            -1e-300,
            123.456,
            -123.456,
            4503599627370495.5,
            4503599627370497.0,
            9007199254740993.0,
            1e21,
            -1e300,
            f64::MAX,
            f64::MIN_POSITIVE,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        for x in xs {
            assert_eq!(trunc(x).to_bits(), x.trunc().to_bits(), "trunc {x}");
            assert_eq!(floor(x), x.floor(), "floor {x}");
            assert_eq!(round(x), x.round(), "round {x}");
            if x.is_finite() {
                assert_eq!(fract(x), x.fract(), "fract {x}");
            }
        }
        assert!(trunc(f64::NAN).is_nan() && floor(f64::NAN).is_nan() && round(f64::NAN).is_nan());
        for n in 0..=308 {
            assert_eq!(pow10(n), 10f64.powi(n as i32), "10^{n}");
        }
    }
}
