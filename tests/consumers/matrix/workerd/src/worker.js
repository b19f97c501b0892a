// A Cloudflare Worker: the package's "workerd" entry (the .wasm imported precompiled). GET answers
// the form checks; POST /charge validates the request's charge body.
import * as v from "ccbill-validate";
import { check } from "../check.js";

export default {
  async fetch(request) {
    await v.init();
    if (request.method === "POST") {
      const found = v.validateCharge(await request.json());
      return Response.json(found.map((x) => `${x.propertyName}:${x.code}`), { status: found.length ? 422 : 200 });
    }
    return Response.json(await check(v));
  },
};
