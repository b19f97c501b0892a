// The browser page: the package's default entry; webpack emits the .wasm as an asset.
import * as v from "ccbill-validate";
import { check } from "../check.js";

v.init().then(
  async () => (document.body.dataset.result = JSON.stringify(await check(v))),
  (error) => (document.body.dataset.error = String(error)),
);
