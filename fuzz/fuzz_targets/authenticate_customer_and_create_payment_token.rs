#![no_main]
use ccbill_validate::Call;
use ccbill_validate_fuzz::{check_call, Form};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|form: Form| check_call(Call::AuthenticateCustomerAndCreatePaymentToken, &form));
