// Compiled with `tsc --noEmit --strict` against pkg/: a merchant's typed usage.
import { init, validateCreatePaymentToken, validateField, type Violation, type Code } from "../../pkg/index.js";

await init();
const found: Violation[] = validateCreatePaymentToken({ clientAccnum: 900000, cardNumber: "4111" }, { locale: "es" });
const codes: Code[] = found.map((v) => v.code);
const masked: string | undefined = found[0]?.target.cardNumber;
validateField("postalCode", "28013", { country: "ES" }, { call: "createPaymentToken", now: new Date() });
// @ts-expect-error: not a field CCBill reads
validateField("cardnumber", "4111");
// @ts-expect-error: not a locale
validateCreatePaymentToken({}, { locale: 5 });
export { codes, masked };

// The page layer.
import { attach, guard, readForm, cardBrand, type CCBillWidget, type AttachHandle } from "../../pkg/index.js";
declare const widget: CCBillWidget & { version: string };
const guarded = guard(widget, { locale: "es", form: "#payment" });
guarded.createPaymentToken("oauth", 900000, 0, null, null, null, null);
const version: string = guarded.version;
const handle: AttachHandle = attach("#payment", { args: { clientAccnum: 900000, clientSubacc: 0 } });
const all: Violation[] = handle.validate();
handle.refresh();
handle.detach();
const card: string | undefined = readForm()["cardNumber"];
const brandName: string | undefined = cardBrand("4111")?.name;
// @ts-expect-error: guard needs the widget's methods
guard({});
export { version, all, card, brandName };

// The input helpers.
import { formatCardNumber, formatExpiry, parseExpiry, expandYear, fieldAttributes, fieldProps, type Formatted, type Expiry, type FieldProps } from "../../pkg/index.js";
const grouped: Formatted = formatCardNumber("4111111111111111", 4);
const expiryShown: string = formatExpiry("1227").value;
const expiry: Expiry = parseExpiry("12 / 27", { now: new Date() });
const year: string = expandYear("27");
const hints = fieldAttributes("cardNumber");
const autocomplete: string | undefined = hints?.autocomplete;
// @ts-expect-error: not a field name
fieldAttributes("cardnumber");
const props: FieldProps | null = fieldProps("cvv2");
const autoComplete: string | undefined = props?.autoComplete;
// @ts-expect-error: JSX's name only
props?.autocomplete;
const plain = attach("#payment", { format: false, status: "#announcements" });
export { grouped, expiryShown, expiry, year, autocomplete, autoComplete, plain };

// Languages: a catalog module as the locale; params typed per code.
import de from "../../pkg/locales/de.js";
import { useLocales, type Catalog } from "../../pkg/index.js";
const german: Catalog = de;
useLocales(german);
for (const v of validateCreatePaymentToken({}, { locale: de })) {
  if (v.code === "cvvLength") {
    const digits: number = v.params.cvvLength;
    const brand: string = v.params.name;
    void [digits, brand];
  } else if (v.code === "invalidPostalCode") {
    const first: string = v.params.examples[0];
    void first;
  } else if (v.code === "luhn") {
    // @ts-expect-error: a Luhn violation has no params
    void v.params.min;
  }
}

// Every call by name (CallName, generated from the core), each with its own input type.
import { validate, validateGetPaymentToken, type CallName, type InputOf } from "../../pkg/index.js";
const calls: CallName[] = ["createPaymentToken3DS", "getTransactionPaymentToken", "threedsCharge"];
for (const call of calls) void validate(call, {});
const token: InputOf<"getPaymentToken"> = { paymentTokenId: "abc123" };
void validate("getPaymentToken", token);
void validateGetPaymentToken(token);
void validateField("cardNumber", "4111", {}, { call: "authenticateCustomerAndCreatePaymentToken", typing: true });
// @ts-expect-error: not a call
void validate("createToken", {});
// @ts-expect-error: passThroughInfo is a list of name/value pairs, not text
void validate("charge", { passThroughInfo: 5 });

// The reference tables: where init() gets them, and when they are there.
import { initSync, install, tablesReady, type InitOptions, type TablesSource } from "../../pkg/index.js";
const tablesAt: TablesSource = new URL("https://shop.example/assets/ccbill_validate_tables.bin");
const initOptions: InitOptions = { tables: tablesAt };
void init(undefined, initOptions);
initSync(new Uint8Array(0), { tables: new Uint8Array(0) });
void install(undefined, { tables: "/assets/ccbill_validate_tables.bin" });
const tablesThere: Promise<boolean> = tablesReady(1500);
// @ts-expect-error: a timeout is a number of milliseconds
void tablesReady("1500");
// @ts-expect-error: the tables are bytes, a URL or a Response
void init(undefined, { tables: 5 });
export { tablesThere };

// attach()'s state events, typed through the DOM's event maps; the detail never holds the value.
import type { FieldState, FieldChangeDetail, FormCompleteDetail, BrandId } from "../../pkg/index.js";
const checkout = document.createElement("form");
checkout.addEventListener("ccbill-validate:change", (event) => {
  const detail: FieldChangeDetail = event.detail;
  const state: FieldState = detail.state;
  const brand: BrandId | null | undefined = detail.brand;
  if (detail.code === "luhn" && !detail.potentiallyValid) void [state, brand, detail.field === "expiry"];
  // @ts-expect-error: no value in the detail
  void detail.value;
});
document.addEventListener("ccbill-validate:complete", (event) => {
  const done: FormCompleteDetail = event.detail;
  void done.complete;
});

// A misspelt key in an object literal is an error for every call's input (no index signature);
// a variable holding more keys than the call's (a form's values) is still taken, as at run time.
import {
  validateIsScaRequired, validateIsScaRequiredForPaymentToken, validateAuthenticateCustomer, validateCreatePaymentToken3DS,
  validateAuthenticateCustomerAndCreatePaymentToken, validateCharge, validateThreedsCharge, validatePaymentTokenThreedsRequired,
  validateGetTransactionPaymentToken, isViolations, type CCBill,
} from "../../pkg/index.js";
// @ts-expect-error: cardnumber is not cardNumber
void validateCreatePaymentToken({ clientAccnum: 900000, cardnumber: "4111" });
// @ts-expect-error: a pass-through browser field misspelt
void validateCreatePaymentToken({ browserUserAgnet: "Mozilla/5.0" });
void validateCreatePaymentToken({ browserUserAgent: "Mozilla/5.0", browserHttpAcceptLanguate: "en" });
// @ts-expect-error: a misspelt key
void validateIsScaRequired({ clientAcnum: 900000 });
// @ts-expect-error: a misspelt key
void validateIsScaRequiredForPaymentToken({ paymentTokenID: "abc" });
// @ts-expect-error: a misspelt key
void validateAuthenticateCustomer({ cardnumber: "4111" });
// @ts-expect-error: a misspelt key
void validateCreatePaymentToken3DS({ cardnumber: "4111" });
// @ts-expect-error: a misspelt key
void validateAuthenticateCustomerAndCreatePaymentToken({ cardnumber: "4111" });
// @ts-expect-error: a misspelt key
void validateCharge({ intialPrice: "9.99" });
// @ts-expect-error: a misspelt key
void validateThreedsCharge({ threedsEIC: "05" });
// @ts-expect-error: a misspelt key
void validateGetPaymentToken({ paymentToken: "abc" });
// @ts-expect-error: a misspelt key
void validatePaymentTokenThreedsRequired({ currency: "840" });
// @ts-expect-error: a misspelt key
void validateGetTransactionPaymentToken({ paymentTokenID: "abc" });
// @ts-expect-error: a misspelt key, by name too
void validate("createPaymentToken", { cardnumber: "4111" });
const formValues = { cardNumber: "4111", newsletter: true };
void validateCreatePaymentToken(formValues);
void validateCreatePaymentToken({ ...formValues, clientAccnum: 900000 });
void validateCreatePaymentToken(readForm("#payment"));

// CCBill's global, its widget, and the array a guarded call throws.
if (window.ccbill) {
  void install(window.ccbill);
  const made = guard(new window.ccbill.CCBillAdvancedWidget("application-id", { cardNumber: "cc-number" }));
  try {
    made.createPaymentToken("oauth", 900000, 0);
  } catch (error: unknown) {
    if (isViolations(error)) {
      const first: Violation | undefined = error[0];
      const field: string | undefined = first?.propertyName;
      void field;
    }
  }
}
const global: CCBill | undefined = window.ccbill;
// @ts-expect-error: CCBill's widget needs an application id
void (global && new global.CCBillAdvancedWidget());

// The token bodies: a misspelt top-level key does not compile either; the nested objects also take
// CCBill's `{ value: {...} }` wrapper, so their keys are not checked.
import { validateCreatePaymentTokenMerchantOnly, validateThreedsRequired } from "../../pkg/index.js";
// @ts-expect-error: clientAcnum is not clientAccnum
void validateCreatePaymentTokenMerchantOnly({ clientAcnum: 900000, clientSubacc: 0 });
// @ts-expect-error: a misspelt key
void validateThreedsRequired({ bin: 530664, last4: "8087", clientAccnum: 900684, clientSubacc: 3, currencyCod: 978 });
void validateCreatePaymentTokenMerchantOnly({ clientAccnum: 900000, clientSubacc: 0, customerInfo: { value: { zipcode: "85281" } } });
