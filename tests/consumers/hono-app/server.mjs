// Hono on Node: a charge body checked by the call's schema through @hono/standard-validator, before
// the backend charges the payment token. Listens on 127.0.0.1, on the port given (0: any free one).
import { Hono } from "hono";
import { serve } from "@hono/node-server";
import { sValidator } from "@hono/standard-validator";
import { init, schema } from "ccbill-validate";

await init();

const app = new Hono();
app.post("/charge", sValidator("json", schema("charge", { locale: "es" })), (c) => {
  const body = c.req.valid("json"); // a valid charge body: charge body.paymentTokenId with CCBill here
  return c.json({ paymentTokenId: body.paymentTokenId });
});

serve({ fetch: app.fetch, hostname: "127.0.0.1", port: Number(process.argv[2] ?? 3000) }, ({ port }) => console.log(port));
