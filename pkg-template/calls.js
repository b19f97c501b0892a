// Generated from the Rust core (src/facts.rs) by `make facts`: edit the Rust, never this file.
// One validator per call: `validate(call, input, options)` under the call's own name.
import { ready } from "./ready.js";
import { word } from "./messages.js";

const run = (caller, call, input, options) => word(ready(caller).validate(call, input, options), options);

/** The violations of `widget.createPaymentToken(...)` and the form it reads; `[]` when valid. */
export function validateCreatePaymentToken(input, options) {
  return run("validateCreatePaymentToken", "createPaymentToken", input, options);
}

/** The violations of `widget.isScaRequired(...)` and the form it reads; `[]` when valid. */
export function validateIsScaRequired(input, options) {
  return run("validateIsScaRequired", "isScaRequired", input, options);
}

/** The violations of `widget.isScaRequiredForPaymentToken(...)` and the form it reads; `[]` when valid. */
export function validateIsScaRequiredForPaymentToken(input, options) {
  return run("validateIsScaRequiredForPaymentToken", "isScaRequiredForPaymentToken", input, options);
}

/** The violations of `widget.authenticateCustomer(...)` and the form it reads; `[]` when valid. */
export function validateAuthenticateCustomer(input, options) {
  return run("validateAuthenticateCustomer", "authenticateCustomer", input, options);
}

/** The violations of `widget.createPaymentToken3DS(...)` and the form it reads; `[]` when valid. */
export function validateCreatePaymentToken3DS(input, options) {
  return run("validateCreatePaymentToken3DS", "createPaymentToken3DS", input, options);
}

/** The violations of `widget.authenticateCustomerAndCreatePaymentToken(...)` and the form it reads; `[]` when valid. */
export function validateAuthenticateCustomerAndCreatePaymentToken(input, options) {
  return run("validateAuthenticateCustomerAndCreatePaymentToken", "authenticateCustomerAndCreatePaymentToken", input, options);
}

/** The violations of `POST /transactions/payment-tokens/{paymentTokenId}`; `[]` when valid. */
export function validateCharge(input, options) {
  return run("validateCharge", "charge", input, options);
}

/** The violations of `POST /transactions/payment-tokens/threeds/{paymentTokenId}`; `[]` when valid. */
export function validateThreedsCharge(input, options) {
  return run("validateThreedsCharge", "threedsCharge", input, options);
}

/** The violations of `GET /payment-tokens/{paymentTokenId}`; `[]` when valid. */
export function validateGetPaymentToken(input, options) {
  return run("validateGetPaymentToken", "getPaymentToken", input, options);
}

/** The violations of `GET /payment-tokens/{paymentTokenId}/threeds-required`; `[]` when valid. */
export function validatePaymentTokenThreedsRequired(input, options) {
  return run("validatePaymentTokenThreedsRequired", "paymentTokenThreedsRequired", input, options);
}

/** The violations of `GET /transactions/payment-tokens/{paymentTokenId}`; `[]` when valid. */
export function validateGetTransactionPaymentToken(input, options) {
  return run("validateGetTransactionPaymentToken", "getTransactionPaymentToken", input, options);
}
