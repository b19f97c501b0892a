#![no_main]
use ccbill_validate_fuzz::AnyCall;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|call: AnyCall| call.check());
