// A Node bundle with the module inlined: one file to ship, nothing to copy.
import * as v from "ccbill-validate/inline";
import { check } from "../check.js";

v.init().then(async () => console.log(JSON.stringify(await check(v))));
