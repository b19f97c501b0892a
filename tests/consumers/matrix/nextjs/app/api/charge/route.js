// A route handler validating a charge body before it goes to CCBill (the package's "node" entry,
// bundled by Next.js for the server).
import * as v from "ccbill-validate";

export async function POST(request) {
  await v.init();
  const found = v.validateCharge(await request.json());
  return Response.json(found.map((x) => `${x.propertyName}:${x.code}`), { status: found.length ? 422 : 200 });
}
