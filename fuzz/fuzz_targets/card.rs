#![no_main]
//! The card normaliser: masking, brand detection and the card rule on any text.
use ccbill_validate::{card_brand, mask_card_number, Call, Field, Input, Options};
use ccbill_validate_fuzz::no_card_data;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|number: String| {
    let masked = mask_card_number(&number);
    assert_eq!(mask_card_number(&masked), masked, "masking is not idempotent");
    let _ = card_brand(&number);
    let input = Input::new().with(Field::CardNumber, number.as_str());
    let found = Call::CreatePaymentToken.validate_field(Field::CardNumber, number.as_str(), &input, &Options::new());
    no_card_data(&input, &found, &format!("{found:?}"));
});
