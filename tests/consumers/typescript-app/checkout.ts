// A merchant's checks, in TypeScript under `strict`: the six widget calls, each with its own input
// type, and the violations narrowed on `code` to read their params.
import {
  validateCreatePaymentToken, validateIsScaRequired, validateIsScaRequiredForPaymentToken, validateAuthenticateCustomer,
  validateCreatePaymentToken3DS, validateAuthenticateCustomerAndCreatePaymentToken, validateField,
  type CreatePaymentTokenInput, type Violation, type WidgetCallName,
} from "ccbill-validate";

export const account = { clientAccnum: 900000, clientSubacc: 0 };

/** The form's values as the page holds them, some of them not CCBill's. */
export interface CheckoutForm {
  nameOnCard: string;
  firstName: string;
  lastName: string;
  cardNumber: string;
  expMonth: string;
  expYear: string;
  cvv2: string;
  email: string;
  country: string;
  postalCode: string;
  newsletter: boolean;
}

/** One sentence per violation, the merchant's own wording for some codes. */
export function describe(violation: Violation): string {
  switch (violation.code) {
    case "required":
      return `${violation.propertyName} is required`;
    case "tooLong":
      return `${violation.propertyName}: at most ${violation.params.max} characters`;
    case "cardLength":
      return violation.params.brand === null
        ? `a card number has ${violation.params.lengths.join(" or ")} digits`
        : `a ${violation.params.name} number has ${violation.params.lengths.join(" or ")} digits`;
    case "cvvLength":
      return `the ${violation.params.name} security code has ${violation.params.cvvLength} digits`;
    case "invalidPostalCode":
      return `a postal code looks like ${violation.params.examples[0]}`;
    default:
      return violation.message.split(".")[1] ?? violation.message;
  }
}

/** Each widget call's violations for the same form, by the call's name. */
export function checkAll(form: CheckoutForm, paymentTokenId: string): Record<WidgetCallName, string[]> {
  const options = { locale: "en", version: "1.13.1" } as const;
  const input: CreatePaymentTokenInput = { ...account, ...form, currencyCode: "840", amount: 9.99 };
  const codes = (found: Violation[]) => found.map((v) => `${v.propertyName}:${v.code}`);
  return {
    createPaymentToken: codes(validateCreatePaymentToken(input, options)),
    isScaRequired: codes(validateIsScaRequired({ ...account, nameOnCard: form.nameOnCard, cardNumber: form.cardNumber, email: form.email, currencyCode: "840" }, options)),
    isScaRequiredForPaymentToken: codes(validateIsScaRequiredForPaymentToken({ paymentTokenId, currencyCode: "840" }, options)),
    authenticateCustomer: codes(validateAuthenticateCustomer({ ...account, paymentTokenId }, options)),
    createPaymentToken3DS: codes(validateCreatePaymentToken3DS(input, options)),
    authenticateCustomerAndCreatePaymentToken: codes(validateAuthenticateCustomerAndCreatePaymentToken({ ...input, form: "#payment" }, options)),
  };
}

/** Live feedback on one field: the first problem's sentence, or `null`. */
export function fieldProblem(form: CheckoutForm): string | null {
  const [first] = validateField("expYear", form.expYear, { expMonth: form.expMonth }, { typing: true, now: new Date() });
  return first === undefined ? null : describe(first);
}

/** Mistakes that must not compile (never called: the test compiles them without the directives too). */
export function typos(): void {
  // @ts-expect-error: `cardnumber` is no field of the call (CCBill's name is `cardNumber`)
  validateCreatePaymentToken({ ...account, cardnumber: "4111 1111 1111 1111" });
  // @ts-expect-error: a pass-through browser field misspelt
  validateCreatePaymentToken({ ...account, browserUserAgnet: "Mozilla/5.0" });
  // @ts-expect-error: not a field of isScaRequired
  validateIsScaRequired({ ...account, postalCode: "10001" });
}
