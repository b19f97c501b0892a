// ccbill-validate core: `await init()` loads the wasm module
// once; the validators then run synchronously, as CCBill's widget does.
import initWasm, { initSync } from "./ccbill_validate.js";
import * as wasm from "./ccbill_validate.js";

let loading = null;
let loaded = false;

const isNode = () =>
  typeof process === "object" && typeof process.versions?.node === "string" && typeof window === "undefined";

/**
 * Loads the wasm module. Idempotent: every call returns the same promise.
 * In Node it reads `ccbill_validate_bg.wasm` next to this file; in browsers
 * and bundlers it fetches it from the same place. Pass a `WebAssembly.Module`,
 * bytes, a `Response` or a URL to load it from somewhere else.
 */
export function init(module) {
  if (!loading) {
    loading = load(module).then(
      () => {
        loaded = true;
      },
      (error) => {
        loading = null; // a failed load (e.g. offline) may be retried
        throw error;
      },
    );
  }
  return loading;
}

async function load(module) {
  if (module === undefined && isNode()) {
    // A computed specifier keeps bundlers from pulling Node's fs into browser builds.
    const fs = "node:fs/promises";
    const { readFile } = await import(/* @vite-ignore */ fs);
    const bytes = await readFile(new URL("./ccbill_validate_bg.wasm", import.meta.url));
    // Synchronous compile and instantiate: in Node 20 the async path waits ~17 ms more for the
    // same module. (Browsers keep the async, streaming path: Chrome forbids synchronous
    // compilation of large modules on the main thread.)
    initSync({ module: bytes });
    return;
  }
  await initWasm(module === undefined ? undefined : { module_or_path: module });
}

function ready(name) {
  if (!loaded) {
    throw new Error(`ccbill-validate: ${name}() was called before the module loaded; call and await init() first`);
  }
  return wasm;
}

export function validateCreatePaymentToken(input, options) {
  return ready("validateCreatePaymentToken").validateCreatePaymentToken(input, options);
}

export function validateIsScaRequired(input, options) {
  return ready("validateIsScaRequired").validateIsScaRequired(input, options);
}

export function validateIsScaRequiredForPaymentToken(input, options) {
  return ready("validateIsScaRequiredForPaymentToken").validateIsScaRequiredForPaymentToken(input, options);
}

export function validateAuthenticateCustomer(input, options) {
  return ready("validateAuthenticateCustomer").validateAuthenticateCustomer(input, options);
}

export function validateField(propertyName, value, input, options) {
  return ready("validateField").validateField(propertyName, value, input, options);
}

export function maskCardNumber(cardNumber) {
  return ready("maskCardNumber").maskCardNumber(cardNumber);
}

export function cardBrand(cardNumber) {
  return ready("cardBrand").cardBrand(cardNumber);
}

export function validateCharge(input, options) {
  return ready("validateCharge").validateCharge(input, options);
}

export function validateThreedsCharge(input, options) {
  return ready("validateThreedsCharge").validateThreedsCharge(input, options);
}

export function validateCreatePaymentToken3DS(input, options) {
  return ready("validateCreatePaymentToken3DS").validateCreatePaymentToken3DS(input, options);
}

export function validateAuthenticateCustomerAndCreatePaymentToken(input, options) {
  return ready("validateAuthenticateCustomerAndCreatePaymentToken").validateAuthenticateCustomerAndCreatePaymentToken(
    input,
    options,
  );
}
