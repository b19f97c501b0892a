#![no_main]
//! The postal normaliser on any text, for any country (known or not).
use ccbill_validate::Field;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|case: (String, String)| ccbill_validate_fuzz::check_field(Field::PostalCode, &case.0, &case.1));
