#![no_main]
//! The phone normaliser on any text, for any country (known or not).
use ccbill_validate::Field;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|case: (String, String)| ccbill_validate_fuzz::check_field(Field::PhoneNumber, &case.0, &case.1));
