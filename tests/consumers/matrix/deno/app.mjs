// A deno program: the package's "node" entry, imported by name from node_modules.
import * as v from "ccbill-validate";
import { check } from "./check.js";

await v.init();
console.log(JSON.stringify(await check(v)));
