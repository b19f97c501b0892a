// No bundler: the package's files served as they are, imported by path.
import * as v from "./node_modules/ccbill-validate/index.js";
import { check } from "./check.js";

v.init().then(
  async () => (document.body.dataset.result = JSON.stringify(await check(v))),
  (error) => (document.body.dataset.error = String(error)),
);
