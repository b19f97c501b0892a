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

/** The widget calls whose rules this module applies. */
export type CallName =
  | "createPaymentToken"
  | "isScaRequired"
  | "isScaRequiredForPaymentToken"
  | "authenticateCustomer"
  | "createPaymentToken3DS"
  | "authenticateCustomerAndCreatePaymentToken"
  | "charge"
  | "threedsCharge"
  | "getPaymentToken"
  | "paymentTokenThreedsRequired"
  | "getTransactionPaymentToken";

/** CCBill's names for the fields its widget reads. */
export type PropertyName =
  | "clientAccnum" | "clientSubacc" | "clearPaymentInfo" | "clearCustomerInfo"
  | "timeToLive" | "numberOfUse" | "nameOnCard" | "cardNumber" | "expMonth"
  | "expYear" | "cvv2" | "firstName" | "lastName" | "address1" | "address2"
  | "city" | "country" | "state" | "postalCode" | "phoneNumber" | "email"
  | "currencyCode" | "ipAddress" | "paymentTokenId" | "form" | "iframeId"
  | "browserHttpAccept" | "browserHttpAcceptEncoding" | "browserHttpAcceptLanguage"
  | "address3" | "amount" | "browserHttpUserAgent" | "browserUserAgent" | "browserHttpAcceptLanguate"
  | ChargeField | ThreedsField;

/** The fields of a charge body (besides clientAccnum, clientSubacc, currencyCode, paymentTokenId). */
export type ChargeField =
  | "initialPrice" | "initialPeriod" | "recurringPrice" | "recurringPeriod" | "rebills"
  | "lifeTimeSubscription" | "createNewPaymentToken" | "passThroughInfo";

/** The 3-D Secure fields of a 3DS charge body. */
export type ThreedsField =
  | "threedsCardToken" | "threedsEci" | "threedsStatus" | "threedsVersion" | "threedsXid"
  | "threedsCavv" | "threedsCavvAlgorithm" | "threedsDsTransId" | "threedsAcsTransId"
  | "threedsAuthenticationValue" | "threedsError" | "threedsClientTransactionId" | "threedsSuccess"
  | "threedsAmount" | "threedsCurrency" | "threedsSdkTransId" | "threedsAuthenticationType"
  | "threedsErrorDetail" | "threedsErrorCode" | "threedsResponse";

/** Stable machine codes; the README documents each one. */
export type Code =
  | "required" | "notANumber" | "notAnInteger" | "notABoolean" | "notAString"
  | "outOfRange" | "tooShort" | "tooLong" | "luhn" | "cardLength" | "pattern"
  | "cvvLength" | "expired" | "invalidCountry" | "invalidSubdivision" | "invalidPostalCode"
  | "invalidPhone" | "invalidEmail" | "invalidIpv4" | "tooManyDecimals" | "invalidPassThroughInfo"
  | "mismatch";

/** Card brands `cardBrand` detects. */
export type BrandId =
  | "visa" | "mastercard" | "american-express" | "diners-club" | "discover" | "jcb"
  | "unionpay" | "maestro" | "elo" | "hipercard" | "mir";

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

/** A widget call's arguments and its form's fields, under CCBill's names. */
export interface Input {
  clientAccnum?: FieldValue;
  clientSubacc?: FieldValue;
  clearPaymentInfo?: FieldValue;
  clearCustomerInfo?: FieldValue;
  timeToLive?: FieldValue;
  numberOfUse?: FieldValue;
  nameOnCard?: FieldValue;
  cardNumber?: FieldValue;
  expMonth?: FieldValue;
  expYear?: FieldValue;
  cvv2?: FieldValue;
  firstName?: FieldValue;
  lastName?: FieldValue;
  address1?: FieldValue;
  address2?: FieldValue;
  address3?: FieldValue;
  city?: FieldValue;
  country?: FieldValue;
  state?: FieldValue;
  postalCode?: FieldValue;
  phoneNumber?: FieldValue;
  email?: FieldValue;
  /** The transaction total (widget v1.3 and later). */
  amount?: FieldValue;
  currencyCode?: FieldValue;
  ipAddress?: FieldValue;
  paymentTokenId?: FieldValue;
  /** A selector, or the form element itself. */
  form?: string | object | null;
  iframeId?: FieldValue;
  browserHttpAccept?: FieldValue;
  browserHttpAcceptEncoding?: FieldValue;
  browserHttpAcceptLanguage?: FieldValue;
  browserHttpUserAgent?: FieldValue;
  browserUserAgent?: FieldValue;
  /** Spelled as CCBill's guide spells it. */
  browserHttpAcceptLanguate?: FieldValue;
  [other: string]: unknown;
}

/** A charge request's JSON body, plus `paymentTokenId` (the path segment). Numbers may be strings. */
export interface ChargeInput {
  paymentTokenId?: FieldValue;
  clientAccnum?: FieldValue;
  clientSubacc?: FieldValue;
  initialPrice?: FieldValue;
  initialPeriod?: FieldValue;
  currencyCode?: FieldValue;
  recurringPrice?: FieldValue;
  recurringPeriod?: FieldValue;
  rebills?: FieldValue;
  lifeTimeSubscription?: FieldValue;
  createNewPaymentToken?: FieldValue;
  passThroughInfo?: Array<{ name: string; value: string }> | null;
  [other: string]: unknown;
}

/** `GET /payment-tokens/{paymentTokenId}`: the path's token. */
export interface GetPaymentTokenInput {
  paymentTokenId?: FieldValue;
  [other: string]: unknown;
}

/** `GET /payment-tokens/{paymentTokenId}/threeds-required`: the path's token and the query. */
export interface PaymentTokenThreedsRequiredInput extends GetPaymentTokenInput {
  currencyCode?: FieldValue;
}

/** `GET /transactions/payment-tokens/{paymentTokenId}`: the path's token and the query. */
export interface GetTransactionPaymentTokenInput extends GetPaymentTokenInput {
  clientAccnum?: FieldValue;
  clientSubacc?: FieldValue;
}

/** A 3DS charge request's JSON body: the charge body plus the 3-D Secure results. */
export interface ThreedsChargeInput extends ChargeInput {
  threedsCardToken?: FieldValue;
  threedsEci?: FieldValue;
  threedsStatus?: FieldValue;
  threedsVersion?: FieldValue;
  threedsXid?: FieldValue;
  threedsCavv?: FieldValue;
  threedsCavvAlgorithm?: FieldValue;
  threedsDsTransId?: FieldValue;
  threedsAcsTransId?: FieldValue;
  threedsAuthenticationValue?: FieldValue;
  threedsError?: FieldValue;
  threedsClientTransactionId?: FieldValue;
  threedsSuccess?: FieldValue;
  threedsAmount?: FieldValue;
}

/** The validated input as a violation shows it: the call's fields, `cardNumber` masked, `cvv2` removed. */
export type Target = Omit<Input, "cvv2" | "cardNumber"> & { cardNumber?: string };

/** What each code's violations say beyond the code, for wording of your own (codes not listed: `{}`). */
export interface Params {
  /** `threedsVersion`: required because of the 3-D Secure version sent. */
  required: { threedsVersion?: number };
  /** No `max`: the value must be `min` or more. */
  outOfRange: { min: number; max?: number };
  tooManyDecimals: { max: number };
  tooShort: { min: number };
  tooLong: { max: number };
  /** The lengths the brand's numbers have (12 to 19 when no brand is known). */
  cardLength: { brand: BrandId; name: string; lengths: number[] } | { brand: null; lengths: number[] };
  cvvLength: { brand: BrandId; name: string; cvvLength: number };
  /** `ofCountry`: not a subdivision of the form's country (else not even shaped like one). */
  invalidSubdivision: { ofCountry: boolean };
  /** Postal codes of the form's country, as examples. */
  invalidPostalCode: { examples: [string] | [string, string] };
  /** The field this one must equal. */
  mismatch: { other: PropertyName };
}

/** The params of a code's violations. */
export type ParamsOf<C extends Code> = C extends keyof Params ? Params[C] : Record<never, never>;

/** One failed rule with code `C`. */
export interface ViolationOf<C extends Code> {
  /** The validated input: card number masked to its first 6 and last 4 digits, CVV removed. */
  target: Target;
  /** `"<propertyName>.<text>"`; the text holds no period, so `message.split(".")[1]` is the whole text. */
  message: string;
  propertyName: PropertyName;
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
}
