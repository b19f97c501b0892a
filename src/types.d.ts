/** A language for the messages. Any other tag (e.g. "fr") falls back to English; "es-MX" is Spanish. */
export type Locale = "en" | "es";

/** The widget calls whose rules this module applies. */
export type CallName =
  | "createPaymentToken"
  | "isScaRequired"
  | "isScaRequiredForPaymentToken"
  | "authenticateCustomer"
  | "createPaymentToken3DS"
  | "authenticateCustomerAndCreatePaymentToken"
  | "charge"
  | "threedsCharge";

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

/** One failed rule, shaped like the violations CCBill's widget throws, plus `code`. */
export interface Violation {
  /** The validated input: card number masked to its first 6 and last 4 digits, CVV removed. */
  target: Target;
  /** `"<propertyName>.<text>"`; the text holds no period, so `message.split(".")[1]` is the whole text. */
  message: string;
  propertyName: PropertyName;
  code: Code;
}

export interface Options {
  /** Message language; default "en". */
  locale?: Locale | string;
  /** The current time for the expiry check; default: now. */
  now?: Date | string | number;
  /** The widget version whose rules apply, e.g. "1.13.1" or "v1.2.2"; default: the newest (v1.13). */
  version?: string;
}

export interface FieldOptions extends Options {
  /** Whose rules apply; default "createPaymentToken". */
  call?: CallName;
}
