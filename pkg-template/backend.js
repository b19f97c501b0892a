// ccbill-validate backend GETs: the payment token as a path segment and the query of CCBill's
// GET requests, checked before the URL is built (a token holding `/`, `?` or `#` would change the
// request an interpolated URL makes). Same shape, wording and ready check as core.js.
import * as wasm from "./ccbill_validate.js";
import { word } from "./messages.js";
import { isLoaded } from "./loaded.js";

function ready(name) {
  if (!isLoaded()) {
    throw new Error(`ccbill-validate: ${name}() was called before the module loaded; call and await init() first`);
  }
  return wasm;
}

/** `GET /payment-tokens/{paymentTokenId}`: `{ paymentTokenId }`. */
export function validateGetPaymentToken(input, options) {
  return word(ready("validateGetPaymentToken").validateGetPaymentToken(input, options), options);
}

/** `GET /payment-tokens/{paymentTokenId}/threeds-required`: `{ paymentTokenId, currencyCode }`. */
export function validatePaymentTokenThreedsRequired(input, options) {
  return word(ready("validatePaymentTokenThreedsRequired").validatePaymentTokenThreedsRequired(input, options), options);
}

/** `GET /transactions/payment-tokens/{paymentTokenId}`: `{ paymentTokenId, clientAccnum, clientSubacc? }`. */
export function validateGetTransactionPaymentToken(input, options) {
  return word(ready("validateGetTransactionPaymentToken").validateGetTransactionPaymentToken(input, options), options);
}
