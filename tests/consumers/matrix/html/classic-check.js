// The page loads the package with one classic <script> (no modules, no bundler); this harness only
// reads the one global that script defines and runs the matrix's checks on it.
import { check } from "./check.js";

const v = globalThis.CCBillValidate;
v.init().then(
  async () => (document.body.dataset.result = JSON.stringify({ ...(await check(v)), frozen: Object.isFrozen(v) })),
  (error) => (document.body.dataset.error = String(error)),
);
