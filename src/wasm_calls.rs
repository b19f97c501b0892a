//! The wasm exports of the widget v1.13 calls and of the backend's GET requests, in their own file so the main
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

/// Validates the token of `GET /payment-tokens/{paymentTokenId}` (a path segment).
#[wasm_bindgen(js_name = validateGetPaymentToken, unchecked_return_type = "Violation[]")]
pub fn validate_get_payment_token(
    #[wasm_bindgen(unchecked_param_type = "GetPaymentTokenInput")] input: JsValue,
    options: Option<OptionsArg>,
) -> Result<Array, JsValue> {
    validate_call(Call::GetPaymentToken, &input, options.map(Into::into))
}

/// Validates the token and query of `GET /payment-tokens/{paymentTokenId}/threeds-required`.
#[wasm_bindgen(js_name = validatePaymentTokenThreedsRequired, unchecked_return_type = "Violation[]")]
pub fn validate_payment_token_threeds_required(
    #[wasm_bindgen(unchecked_param_type = "PaymentTokenThreedsRequiredInput")] input: JsValue,
    options: Option<OptionsArg>,
) -> Result<Array, JsValue> {
    validate_call(Call::PaymentTokenThreedsRequired, &input, options.map(Into::into))
}

/// Validates the token and query of `GET /transactions/payment-tokens/{paymentTokenId}`.
#[wasm_bindgen(js_name = validateGetTransactionPaymentToken, unchecked_return_type = "Violation[]")]
pub fn validate_get_transaction_payment_token(
    #[wasm_bindgen(unchecked_param_type = "GetTransactionPaymentTokenInput")] input: JsValue,
    options: Option<OptionsArg>,
) -> Result<Array, JsValue> {
    validate_call(Call::GetTransactionPaymentToken, &input, options.map(Into::into))
}
