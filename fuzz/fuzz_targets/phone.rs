#![no_main]
//! The phone normaliser on any text, for any country (known or not).
use ccbill_validate::{calls, Field, Input, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|case: (String, String)| {
    let (value, country) = case;
    let input = Input::new().with(Field::Country, country.as_str());
    let once = calls::field::validate(Field::PhoneNumber, value.as_str(), &input, &Options::new());
    let twice = calls::field::validate(Field::PhoneNumber, value.as_str(), &input, &Options::new());
    assert_eq!(format!("{once:?}"), format!("{twice:?}"));
});
