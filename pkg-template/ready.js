// The module's exports once init() has loaded it; before that, the Error every export throws.
import * as wasm from "./ccbill_validate.js";
import { isLoaded } from "./loaded.js";

/** The wasm exports, for the export named `name`; an Error saying what to do before init(). */
export function ready(name) {
  if (!isLoaded()) {
    throw new Error(`ccbill-validate: ${name}() was called before the module loaded; call and await init() first`);
  }
  return wasm;
}
