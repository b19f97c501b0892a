// Generated from the Rust core (src/facts.rs) by `make facts`: edit the Rust, never this file.
// One validator per call: `validate(call, input, options)` under the call's own name.
import { validateAs } from "./validate.js";

/** The violations of `widget.createPaymentToken(...)` and the form it reads; `[]` when valid. */
export function validateCreatePaymentToken(input, options) {
  return validateAs("validateCreatePaymentToken", "createPaymentToken", input, options);
}

/** The violations of `widget.isScaRequired(...)` and the form it reads; `[]` when valid. */
export function validateIsScaRequired(input, options) {
  return validateAs("validateIsScaRequired", "isScaRequired", input, options);
}

/** The violations of `widget.isScaRequiredForPaymentToken(...)` and the form it reads; `[]` when valid. */
export function validateIsScaRequiredForPaymentToken(input, options) {
  return validateAs("validateIsScaRequiredForPaymentToken", "isScaRequiredForPaymentToken", input, options);
}

/** The violations of `widget.authenticateCustomer(...)` and the form it reads; `[]` when valid. */
export function validateAuthenticateCustomer(input, options) {
  return validateAs("validateAuthenticateCustomer", "authenticateCustomer", input, options);
}

/** The violations of `widget.createPaymentToken3DS(...)` and the form it reads; `[]` when valid. */
export function validateCreatePaymentToken3DS(input, options) {
  return validateAs("validateCreatePaymentToken3DS", "createPaymentToken3DS", input, options);
}

/** The violations of `widget.authenticateCustomerAndCreatePaymentToken(...)` and the form it reads; `[]` when valid. */
export function validateAuthenticateCustomerAndCreatePaymentToken(input, options) {
  return validateAs("validateAuthenticateCustomerAndCreatePaymentToken", "authenticateCustomerAndCreatePaymentToken", input, options);
}

/** The violations of `POST /transactions/payment-tokens/{paymentTokenId}`; `[]` when valid. */
export function validateCharge(input, options) {
  return validateAs("validateCharge", "charge", input, options);
}

/** The violations of `POST /transactions/payment-tokens/threeds/{paymentTokenId}`; `[]` when valid. */
export function validateThreedsCharge(input, options) {
  return validateAs("validateThreedsCharge", "threedsCharge", input, options);
}

/** The violations of `GET /payment-tokens/{paymentTokenId}`; `[]` when valid. */
export function validateGetPaymentToken(input, options) {
  return validateAs("validateGetPaymentToken", "getPaymentToken", input, options);
}

/** The violations of `GET /payment-tokens/{paymentTokenId}/threeds-required`; `[]` when valid. */
export function validatePaymentTokenThreedsRequired(input, options) {
  return validateAs("validatePaymentTokenThreedsRequired", "paymentTokenThreedsRequired", input, options);
}

/** The violations of `GET /transactions/payment-tokens/{paymentTokenId}`; `[]` when valid. */
export function validateGetTransactionPaymentToken(input, options) {
  return validateAs("validateGetTransactionPaymentToken", "getTransactionPaymentToken", input, options);
}

/** The violations of `POST /payment-tokens/merchant-only`; `[]` when valid. */
export function validateCreatePaymentTokenMerchantOnly(input, options) {
  return validateAs("validateCreatePaymentTokenMerchantOnly", "createPaymentTokenMerchantOnly", input, options);
}

/** The violations of `POST /payment-tokens/merchant-only-verify`; `[]` when valid. */
export function validateCreatePaymentTokenMerchantOnlyVerify(input, options) {
  return validateAs("validateCreatePaymentTokenMerchantOnlyVerify", "createPaymentTokenMerchantOnlyVerify", input, options);
}

/** The violations of `POST /payment-tokens/program-specified`; `[]` when valid. */
export function validateCreatePaymentTokenProgramSpecified(input, options) {
  return validateAs("validateCreatePaymentTokenProgramSpecified", "createPaymentTokenProgramSpecified", input, options);
}

/** The violations of `POST /payment-tokens/target-client`; `[]` when valid. */
export function validateCreatePaymentTokenTargetClient(input, options) {
  return validateAs("validateCreatePaymentTokenTargetClient", "createPaymentTokenTargetClient", input, options);
}

/** The violations of `GET /payment-tokens/threeds-required`; `[]` when valid. */
export function validateThreedsRequired(input, options) {
  return validateAs("validateThreedsRequired", "threedsRequired", input, options);
}
