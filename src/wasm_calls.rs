//! The wasm exports of the widget v1.13 calls, in their own file so the main
//! `#[wasm_bindgen]` layer (src/wasm.rs) stays as it is; they share its reader.

use js_sys::Array;
use wasm_bindgen::prelude::*;

use crate::calls::Call;
use crate::wasm::{validate_call, OptionsArg};

/// Validates the arguments and form fields of `createPaymentToken3DS` (widget v1.13).
#[wasm_bindgen(js_name = validateCreatePaymentToken3DS, unchecked_return_type = "Violation[]")]
pub fn validate_create_payment_token_3ds(
    #[wasm_bindgen(unchecked_param_type = "Input")] input: JsValue,
    options: Option<OptionsArg>,
) -> Result<Array, JsValue> {
    validate_call(Call::CreatePaymentToken3ds, &input, options.map(Into::into))
}

/// Validates the arguments and form fields of `authenticateCustomerAndCreatePaymentToken` (widget v1.13).
#[wasm_bindgen(js_name = validateAuthenticateCustomerAndCreatePaymentToken, unchecked_return_type = "Violation[]")]
pub fn validate_authenticate_customer_and_create_payment_token(
    #[wasm_bindgen(unchecked_param_type = "Input")] input: JsValue,
    options: Option<OptionsArg>,
) -> Result<Array, JsValue> {
    validate_call(Call::AuthenticateCustomerAndCreatePaymentToken, &input, options.map(Into::into))
}
