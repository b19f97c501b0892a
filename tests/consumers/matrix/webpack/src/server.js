// A Node server bundle (as Next.js makes of route handlers): the package's "node" entry.
import * as v from "ccbill-validate";
import { check } from "../check.js";

v.init().then(async () => console.log(JSON.stringify(await check(v))));
