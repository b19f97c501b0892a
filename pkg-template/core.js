// ccbill-validate core: `await init()` loads the wasm module
// once; the validators then run synchronously, as CCBill's widget does.
// How the module is found by default depends on the runtime's entry (see loader.js): one copy of
// this module serves every entry.
import { initSync as initWasmSync } from "./ccbill_validate.js";
import * as wasm from "./ccbill_validate.js";
import { loader } from "./loader.js";
import { word } from "./messages.js";
import { isLoaded, markFailed, markLoaded } from "./loaded.js";

export { useLocales } from "./messages.js";

let loading = null;

/**
 * Loads the wasm module. Idempotent: every call returns the same promise.
 * In Node, Deno and Bun it reads `ccbill_validate_bg.wasm` next to this file; in workerd it is
 * imported precompiled; in browsers and bundlers it is fetched from the same place. Pass a
 * `WebAssembly.Module`, bytes, a `Response` or a URL to load it from somewhere else.
 */
export function init(module) {
  if (!loading) {
    loading = Promise.resolve()
      .then(() => loader.load(module))
      .then(
        markLoaded,
        (error) => {
          loading = null; // a failed load (e.g. offline) may be retried
          markFailed(`the module did not load (${String(error?.message ?? error).slice(0, 200)})`);
          throw error;
        },
      );
  }
  return loading;
}

/**
 * Loads the module synchronously from a `WebAssembly.Module` or its bytes (Workers, tests,
 * server start-up). After it the validators work at once; init() then resolves at once too.
 * Browsers refuse to compile large modules synchronously on the main thread: give them a Module.
 */
export function initSync(module) {
  if (isLoaded()) return;
  initWasmSync({ module });
  markLoaded();
  loading ??= Promise.resolve();
}

function ready(name) {
  if (!isLoaded()) {
    throw new Error(`ccbill-validate: ${name}() was called before the module loaded; call and await init() first`);
  }
  return wasm;
}

export function validateCreatePaymentToken(input, options) {
  return word(ready("validateCreatePaymentToken").validateCreatePaymentToken(input, options), options);
}

export function validateIsScaRequired(input, options) {
  return word(ready("validateIsScaRequired").validateIsScaRequired(input, options), options);
}

export function validateIsScaRequiredForPaymentToken(input, options) {
  return word(ready("validateIsScaRequiredForPaymentToken").validateIsScaRequiredForPaymentToken(input, options), options);
}

export function validateAuthenticateCustomer(input, options) {
  return word(ready("validateAuthenticateCustomer").validateAuthenticateCustomer(input, options), options);
}

export function validateField(propertyName, value, input, options) {
  return word(ready("validateField").validateField(propertyName, value, input, options), options);
}

export function maskCardNumber(cardNumber) {
  return ready("maskCardNumber").maskCardNumber(cardNumber);
}

export function cardBrand(cardNumber) {
  return ready("cardBrand").cardBrand(cardNumber);
}

export function validateCharge(input, options) {
  return word(ready("validateCharge").validateCharge(input, options), options);
}

export function validateThreedsCharge(input, options) {
  return word(ready("validateThreedsCharge").validateThreedsCharge(input, options), options);
}

export function validateCreatePaymentToken3DS(input, options) {
  return word(ready("validateCreatePaymentToken3DS").validateCreatePaymentToken3DS(input, options), options);
}

export function validateAuthenticateCustomerAndCreatePaymentToken(input, options) {
  return word(ready("validateAuthenticateCustomerAndCreatePaymentToken").validateAuthenticateCustomerAndCreatePaymentToken(input, options), options);
}
