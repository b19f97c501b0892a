// The types written by hand; those that state the core's facts (calls, fields, codes, params,
// each call's input) are generated from Rust into src/facts.d.ts.

/**
 * The languages built into the package. Any other tag (e.g. "fr") falls back to English; "es-MX"
 * is Spanish. Every other language is a catalog: `import de from "ccbill-validate/locales/de"`.
 */
export type Locale = "en" | "es";

/** A language's wording, the default export of `ccbill-validate/locales/<tag>`. */
export interface Catalog {
  /** e.g. "de", "pt-BR", "zh-Hant". */
  tag: string;
  /** The language's name in itself, e.g. "Deutsch". */
  name: string;
  /** How a list of card lengths reads: `${from}16${to}19`, `13${comma}16${or}19`. */
  lengths: { from: string; to: string; comma: string; or: string };
  /** attach()'s announcement of how many fields have errors: `one`, and `other` with `{count}`. */
  status: { one: string; other: string };
  /** Every field's label. */
  labels: Record<string, string>;
  /** A sentence per message key: `<code>`, `<code>.<variant>`, `<code>.<propertyName>`. */
  messages: Record<string, string>;
}

/** What `cardBrand` tells about a card number, whole or partial. */
export interface CardBrand {
  brand: BrandId;
  /** The brand's name as printed on cards, e.g. "American Express". */
  name: string;
  /** The numbers of digits its card numbers have. */
  lengths: number[];
  /** The digits of its security code. */
  cvvLength: number;
  /** Where a formatted number has spaces: after these many digits. */
  gaps: number[];
}

/** A field's value: forms send strings; blank strings, null and undefined mean "absent". */
export type FieldValue = string | number | boolean | null | undefined;

/** The validated input as a violation shows it: the call's fields, `cardNumber` masked, `cvv2` removed. */
export type Target = Omit<Input, "cvv2" | "cardNumber"> & { cardNumber?: string };

/** The params of a code's violations. */
export type ParamsOf<C extends Code> = C extends keyof Params ? Params[C] : Record<never, never>;

/** One failed rule with code `C`. */
export interface ViolationOf<C extends Code> {
  /** The validated input: card number masked to its first 6 and last 4 digits, CVV removed. */
  target: Target;
  /**
   * `"<propertyName>.<text>"`; the text holds no period, so `message.split(".")[1]` is the whole
   * text, except in a payment-token body, whose `propertyName` is a path with dots of its own.
   */
  message: string;
  /** The field's name; in a payment-token body, its path there (`"customerInfo.zipcode"`). */
  propertyName: PropertyName | BodyPath;
  code: C;
  params: ParamsOf<C>;
}

/** One failed rule, shaped like the violations CCBill's widget throws, plus `code` and `params`. */
export type Violation = { [C in Code]: ViolationOf<C> }[Code];

export interface Options {
  /** Message language: a catalog from `ccbill-validate/locales/<tag>`, or a tag ("en", "es"); default "en". */
  locale?: Locale | string | Catalog;
  /** The current time for the expiry check; default: now. */
  now?: Date | string | number;
  /**
   * The widget version whose rules apply, e.g. "1.13.1" or "v1.2.2". Default: unknown, and then
   * only what every version rejects is rejected (a field is required only if every version requires it).
   */
  version?: string;
}

export interface FieldOptions extends Options {
  /** Whose rules apply; default "createPaymentToken". */
  call?: CallName;
  /**
   * The customer is typing in this field: leave out what typing more can fix ("4111" is a Visa
   * number not yet typed, "1" a month not yet typed), as attach() does for the focused field.
   */
  typing?: boolean;
}
