// Compiled with `tsc --noEmit --strict` against pkg/: schema() assigned to the spec's own types.
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { init, schema, type CallName, type ChargeInput, type Code, type Input, type PropertyName, type SchemaIssue } from "../../pkg/index.js";

await init();
const checkout: StandardSchemaV1<Input, Input> = schema("createPaymentToken", {
  locale: "es",
  now: new Date(),
  args: { clientAccnum: 900000, clientSubacc: 0 },
});
const charge: StandardSchemaV1<ChargeInput> = schema("charge");
const props: StandardSchemaV1.Props<Input> = checkout["~standard"];
const version: 1 = props.version;
const anySchema: StandardSchemaV1 = schema("threedsCharge", null);

const result = schema("createPaymentToken")["~standard"].validate({});
const awaited: StandardSchemaV1.Result<Input> = result instanceof Promise ? await result : result;
if (!(result instanceof Promise)) {
  if (result.issues) {
    const issues: ReadonlyArray<StandardSchemaV1.Issue> = result.issues;
    const issue: SchemaIssue | undefined = result.issues[0];
    const code: Code | "notAnObject" | undefined = issue?.code;
    const field: PropertyName | undefined = issue?.path?.[0];
    console.log(issues, code, field);
  } else {
    const value: Input = result.value;
    console.log(value);
  }
}
// The output type, as Hono's c.req.valid("json") and tRPC infer it.
const body: StandardSchemaV1.InferOutput<typeof charge> = { paymentTokenId: "a1", initialPrice: "9.99" };

// TanStack Form takes a StandardSchemaV1<TFormData, unknown>: T types the value as the form's values.
type FormValues = { cardNumber: string; expMonth: string };
const args = { clientAccnum: 900000 };
const forForm: StandardSchemaV1<FormValues, unknown> = schema<FormValues>("createPaymentToken", { args });
// @ts-expect-error: without T the value is the call's input, whose fields may be absent
const notForForm: StandardSchemaV1<FormValues, unknown> = schema("createPaymentToken");
declare const someCall: CallName;
const anyCall: StandardSchemaV1<Input> = schema(someCall);

// @ts-expect-error: not a call
schema("charges");
// @ts-expect-error: args hold the call's fields, not an object where a value belongs
schema("charge", { args: { clientAccnum: { n: 1 } } });
// @ts-expect-error: not a locale
schema("charge", { locale: 5 });
export { version, anySchema, awaited, body, forForm, notForForm, anyCall };
// Every call the types name: the v1.13 methods and the backend's GETs too.
const threeDs: StandardSchemaV1<Input> = schema("createPaymentToken3DS");
const getToken = schema("getPaymentToken");
export { threeDs, getToken };
