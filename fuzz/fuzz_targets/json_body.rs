#![no_main]
use ccbill_validate_fuzz::Body;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|body: Body| body.check());
