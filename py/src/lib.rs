//! The Python module `ccbill_validate._core`: one function per CCBill request, each taking the
//! JSON body as a mapping (with `paymentTokenId`, the path segment) and returning the violations
//! as the npm package gives them, as dicts. Values are read as Python has them: `bool` is never
//! a number, a `Decimal` is read exactly. Only a non-mapping body or a non-`str` locale raises.

use ccbill_validate::{Call, Input, Locale, Options, Param, Value, Violation};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyMapping, PyString, PyTuple};
use serde_json::Value as Json;

/// Deeper than `passThroughInfo`'s list of pairs needs: anything below is kept as its kind only,
/// so a self-referencing list cannot recurse without end.
const MAX_DEPTH: usize = 8;

fn validate(py: Python<'_>, call: Call, body: &Bound<'_, PyAny>, locale: &Bound<'_, PyAny>) -> PyResult<Py<PyList>> {
    let Ok(tag) = locale.extract::<String>() else {
        return Err(PyTypeError::new_err("locale must be a str, e.g. \"en\" or \"es\""));
    };
    let Some(locale) = Locale::ALL.iter().copied().find(|l| l.tag().eq_ignore_ascii_case(&tag)) else {
        let tags: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
        return Err(PyValueError::new_err(format!("unknown locale {tag:?}: one of {}", tags.join(", "))));
    };
    let Ok(mapping) = body.cast::<PyMapping>() else {
        return Err(PyTypeError::new_err(format!("{}: body must be a mapping (the JSON body as a dict)", call.name())));
    };
    // Only the call's fields are read, each with `get`: a mapping's own failure is that field's
    // value (unreadable), never an exception.
    let mut input = Input::new();
    for field in call.fields() {
        let value = match at_path(mapping.as_any(), call.path(*field)) {
            Ok(Some(v)) => value_of(&v, 0),
            Ok(None) => Value::Absent,
            Err(_) => Value::Other,
        };
        input.set(*field, value);
    }
    let found = call.validate(&input, &Options::new().locale(locale));
    let list = PyList::empty(py);
    for v in &found {
        list.append(violation(py, v)?)?;
    }
    Ok(list.unbind())
}

/// The value at a field's path in the body (`customerInfo.zipcode` in a token body), read with
/// `get` at each step; `None` where a step is missing or no mapping. As the Rust and JS readers
/// do, a mapping without the next key is read through its `value` mapping: CCBill's own cURL
/// sample wraps `customerInfo` and `creditCardPaymentInfo` in `{"value": {...}}`.
fn at_path<'py>(body: &Bound<'py, PyAny>, path: &str) -> PyResult<Option<Bound<'py, PyAny>>> {
    let mut node = body.clone();
    for step in path.split('.') {
        if node.cast::<PyMapping>().is_err() {
            return Ok(None);
        }
        let mut next = node.call_method1("get", (step,))?;
        if next.is_none() {
            let wrapped = node.call_method1("get", ("value",))?;
            if wrapped.cast::<PyMapping>().is_ok() {
                next = wrapped.call_method1("get", (step,))?;
            }
        }
        if next.is_none() {
            return Ok(None);
        }
        node = next;
    }
    Ok(Some(node))
}

fn value_of(v: &Bound<'_, PyAny>, depth: usize) -> Value {
    if v.is_none() {
        return Value::Absent;
    }
    if let Ok(b) = v.cast::<PyBool>() {
        return Value::Bool(b.is_true());
    }
    if let Ok(s) = v.cast::<PyString>() {
        // A lone surrogate reads as U+FFFD, as the JS package's TextEncoder reads it.
        return Value::Text(s.to_string_lossy().into_owned());
    }
    if v.is_instance_of::<PyInt>() || v.is_instance_of::<PyFloat>() {
        // An int too large for a float is no amount or account number: kept as its kind.
        return v.extract::<f64>().map_or(Value::Other, Value::Number);
    }
    if is_decimal(v) {
        return decimal(v);
    }
    if depth >= MAX_DEPTH {
        return Value::Other;
    }
    if v.is_instance_of::<PyList>() || v.is_instance_of::<PyTuple>() {
        return match v.try_iter() {
            Ok(items) => Value::List(items.map(|i| i.map_or(Value::Other, |i| value_of(&i, depth + 1))).collect()),
            Err(_) => Value::Other,
        };
    }
    if let Ok(map) = v.cast::<PyDict>() {
        let entries =
            map.iter().map(|(k, v)| (k.str().map(|s| s.to_string()).unwrap_or_default(), value_of(&v, depth + 1)));
        return Value::Map(entries.collect());
    }
    Value::Other
}

fn is_decimal(v: &Bound<'_, PyAny>) -> bool {
    v.get_type().fully_qualified_name().is_ok_and(|n| n.to_string_lossy() == "decimal.Decimal")
}

/// A `Decimal` as a number when a float holds it exactly, else as its digits (which the rules read
/// exactly): `Decimal("9.999")` has three decimals, whatever float is nearest.
fn decimal(v: &Bound<'_, PyAny>) -> Value {
    let Ok(text) = v.str().and_then(|s| s.extract::<String>()) else { return Value::Other };
    let exact = v.extract::<f64>().ok().filter(|f| {
        let same = v.py().import("decimal").and_then(|m| m.getattr("Decimal")).and_then(|d| d.call1((f.to_string(),)));
        same.and_then(|d| d.eq(v)).unwrap_or(false)
    });
    exact.map_or(Value::Text(text), Value::Number)
}

fn violation<'py>(py: Python<'py>, v: &Violation) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    dict.set_item("target", json(py, &v.target_json())?)?;
    dict.set_item("message", v.message())?;
    dict.set_item("propertyName", v.property_name())?;
    dict.set_item("code", v.code().as_str())?;
    let params = PyDict::new(py);
    for (key, value) in v.params() {
        let value: Bound<'py, PyAny> = match value {
            Param::Int(n) => n.into_pyobject(py)?.into_any(),
            Param::Bool(b) => PyBool::new(py, b).to_owned().into_any(),
            Param::Text(t) => PyString::new(py, t).into_any(),
            Param::Null => py.None().into_bound(py),
            Param::Lengths(ns) => PyList::new(py, ns.iter().map(|n| i64::from(*n)))?.into_any(),
            Param::Texts(ts) => PyList::new(py, ts.iter().copied())?.into_any(),
        };
        params.set_item(key, value)?;
    }
    dict.set_item("params", params)?;
    Ok(dict)
}

/// The target, as `json.loads` of the CLI's JSON would give it.
fn json<'py>(py: Python<'py>, j: &Json) -> PyResult<Bound<'py, PyAny>> {
    Ok(match j {
        Json::Null => py.None().into_bound(py),
        Json::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Json::Number(n) => match n.as_i64() {
            Some(i) => i.into_pyobject(py)?.into_any(),
            None => n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any(),
        },
        Json::String(s) => PyString::new(py, s).into_any(),
        Json::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(json(py, item)?)?;
            }
            list.into_any()
        }
        Json::Object(entries) => {
            let dict = PyDict::new(py);
            for (k, v) in entries {
                dict.set_item(k, json(py, v)?)?;
            }
            dict.into_any()
        }
    })
}

macro_rules! validators {
    ($($(#[$doc:meta])* $name:ident => $call:expr;)+) => {
        $(
            $(#[$doc])*
            #[pyfunction]
            #[pyo3(signature = (body, *, locale = None))]
            fn $name(py: Python<'_>, body: &Bound<'_, PyAny>, locale: Option<&Bound<'_, PyAny>>) -> PyResult<Py<PyList>> {
                let en = PyString::new(py, "en").into_any();
                validate(py, $call, body, locale.unwrap_or(&en))
            }
        )+
        #[pymodule]
        fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
            $(m.add_function(wrap_pyfunction!($name, m)?)?;)+
            Ok(())
        }
    };
}

validators! {
    /// `POST /transactions/payment-tokens/{paymentTokenId}`: the body, with `paymentTokenId`.
    validate_charge => Call::Charge;
    /// `POST /transactions/payment-tokens/threeds/{paymentTokenId}`: the body, with `paymentTokenId`.
    validate_threeds_charge => Call::ThreedsCharge;
    /// `GET /payment-tokens/{paymentTokenId}`: `{"paymentTokenId": ...}`.
    validate_get_payment_token => Call::GetPaymentToken;
    /// `GET /payment-tokens/{paymentTokenId}/threeds-required`: the token and `currencyCode`.
    validate_payment_token_threeds_required => Call::PaymentTokenThreedsRequired;
    /// `GET /transactions/payment-tokens/{paymentTokenId}`: the token, `clientAccnum`, `clientSubacc`.
    validate_get_transaction_payment_token => Call::GetTransactionPaymentToken;
    /// `POST /payment-tokens/merchant-only`: the nested body (`customerInfo`, `paymentInfo`).
    validate_create_payment_token_merchant_only => Call::CreatePaymentTokenMerchantOnly;
    /// `POST /payment-tokens/merchant-only-verify`: the nested body, the card with its `cvv2`.
    validate_create_payment_token_merchant_only_verify => Call::CreatePaymentTokenMerchantOnlyVerify;
    /// `POST /payment-tokens/program-specified`: the nested body and `programParticipationId`.
    validate_create_payment_token_program_specified => Call::CreatePaymentTokenProgramSpecified;
    /// `POST /payment-tokens/target-client`: the nested body and the target's account.
    validate_create_payment_token_target_client => Call::CreatePaymentTokenTargetClient;
    /// `GET /payment-tokens/threeds-required`: `bin`, `last4`, `clientAccnum`, `clientSubacc`, `currencyCode`.
    validate_threeds_required => Call::ThreedsRequired;
}
