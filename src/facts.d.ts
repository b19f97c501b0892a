// Generated from the Rust core (src/facts.rs) by `make facts`: edit the Rust, never this file.

/** Every call whose rules this module applies: the widget's methods and the backend's requests. */
export type CallName =
  | "createPaymentToken" | "isScaRequired" | "isScaRequiredForPaymentToken" | "authenticateCustomer"
  | "createPaymentToken3DS" | "authenticateCustomerAndCreatePaymentToken" | "charge" | "threedsCharge"
  | "getPaymentToken" | "paymentTokenThreedsRequired" | "getTransactionPaymentToken";

/** The widget's methods among the calls (guard() guards these). */
export type WidgetCallName =
  | "createPaymentToken" | "isScaRequired" | "isScaRequiredForPaymentToken" | "authenticateCustomer"
  | "createPaymentToken3DS" | "authenticateCustomerAndCreatePaymentToken";

/** CCBill's names for the fields and arguments the calls read. */
export type PropertyName =
  | "clientAccnum" | "clientSubacc" | "clearPaymentInfo" | "clearCustomerInfo" | "timeToLive" | "numberOfUse"
  | "nameOnCard" | "cardNumber" | "expMonth" | "expYear" | "cvv2" | "firstName" | "lastName" | "address1"
  | "address2" | "address3" | "city" | "country" | "state" | "postalCode" | "phoneNumber" | "email" | "amount"
  | "currencyCode" | "ipAddress" | "paymentTokenId" | "form" | "iframeId" | "browserHttpAccept"
  | "browserHttpAcceptEncoding" | "browserHttpAcceptLanguage" | "browserHttpUserAgent" | "browserUserAgent"
  | "browserHttpAcceptLanguate" | "initialPrice" | "initialPeriod" | "recurringPrice" | "recurringPeriod"
  | "rebills" | "lifeTimeSubscription" | "createNewPaymentToken" | "passThroughInfo" | "threedsCardToken"
  | "threedsEci" | "threedsStatus" | "threedsVersion" | "threedsXid" | "threedsCavv" | "threedsCavvAlgorithm"
  | "threedsDsTransId" | "threedsAcsTransId" | "threedsAuthenticationValue" | "threedsError"
  | "threedsClientTransactionId" | "threedsSuccess" | "threedsAmount" | "threedsCurrency"
  | "threedsSdkTransId" | "threedsAuthenticationType" | "threedsErrorDetail" | "threedsErrorCode"
  | "threedsResponse";

/** Stable machine codes; the README documents each one. */
export type Code =
  | "required" | "notANumber" | "notAnInteger" | "notABoolean" | "notAString" | "outOfRange"
  | "tooManyDecimals" | "tooShort" | "tooLong" | "luhn" | "cardLength" | "pattern" | "cvvLength" | "expired"
  | "invalidCountry" | "invalidSubdivision" | "invalidPostalCode" | "invalidPhone" | "invalidEmail"
  | "invalidIpv4" | "invalidPassThroughInfo" | "mismatch";

/** Card brands `cardBrand` detects. */
export type BrandId =
  | "visa" | "mastercard" | "american-express" | "diners-club" | "discover" | "jcb" | "unionpay" | "maestro"
  | "elo" | "hipercard" | "mir";

/** What each code's violations say beyond the code, for wording of your own (codes not listed: `{}`). */
export interface Params {
  required: { threedsVersion?: number };
  outOfRange: { min: number; max?: number };
  tooManyDecimals: { max: number };
  tooShort: { min: number };
  tooLong: { max: number };
  cardLength: { brand: null; lengths: number[] } | { brand: BrandId; name: string; lengths: number[] };
  cvvLength: { brand: BrandId; name: string; cvvLength: number };
  invalidSubdivision: { ofCountry: boolean };
  invalidPostalCode: { examples: [string] | [string, string] };
  mismatch: { other: PropertyName };
}

/** Every field and argument the calls read, with the type of its value. */
export interface FieldValues {
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
  amount?: FieldValue;
  currencyCode?: FieldValue;
  ipAddress?: FieldValue;
  paymentTokenId?: FieldValue;
  form?: string | object | null;
  iframeId?: FieldValue;
  browserHttpAccept?: FieldValue;
  browserHttpAcceptEncoding?: FieldValue;
  browserHttpAcceptLanguage?: FieldValue;
  browserHttpUserAgent?: FieldValue;
  browserUserAgent?: FieldValue;
  browserHttpAcceptLanguate?: FieldValue;
  initialPrice?: FieldValue;
  initialPeriod?: FieldValue;
  recurringPrice?: FieldValue;
  recurringPeriod?: FieldValue;
  rebills?: FieldValue;
  lifeTimeSubscription?: FieldValue;
  createNewPaymentToken?: FieldValue;
  passThroughInfo?: Array<{ name: string; value: string }> | null;
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
  threedsCurrency?: FieldValue;
  threedsSdkTransId?: FieldValue;
  threedsAuthenticationType?: FieldValue;
  threedsErrorDetail?: FieldValue;
  threedsErrorCode?: FieldValue;
  threedsResponse?: FieldValue;
}

/** A widget call's arguments and the form's fields, under CCBill's names: every widget method's. A key of no field is a type error in an object literal; at run time it is ignored. */
export interface Input extends Pick<FieldValues,
  | "clientAccnum" | "clientSubacc" | "clearPaymentInfo" | "clearCustomerInfo" | "timeToLive" | "numberOfUse"
  | "nameOnCard" | "cardNumber" | "expMonth" | "expYear" | "cvv2" | "firstName" | "lastName" | "address1"
  | "address2" | "address3" | "city" | "country" | "state" | "postalCode" | "phoneNumber" | "email" | "amount"
  | "currencyCode" | "ipAddress" | "paymentTokenId" | "form" | "iframeId" | "browserHttpAccept"
  | "browserHttpAcceptEncoding" | "browserHttpAcceptLanguage" | "browserHttpUserAgent" | "browserUserAgent"
  | "browserHttpAcceptLanguate"
> {}

/** The input of `widget.createPaymentToken(...)` and the form it reads. A key of no field is a type error in an object literal; at run time it is ignored. */
export interface CreatePaymentTokenInput extends Pick<FieldValues,
  | "clientAccnum" | "clientSubacc" | "clearPaymentInfo" | "clearCustomerInfo" | "timeToLive" | "numberOfUse"
  | "nameOnCard" | "cardNumber" | "expMonth" | "expYear" | "cvv2" | "firstName" | "lastName" | "address1"
  | "address2" | "address3" | "city" | "country" | "state" | "postalCode" | "phoneNumber" | "email" | "amount"
  | "currencyCode" | "ipAddress" | "browserHttpAccept" | "browserHttpAcceptEncoding"
  | "browserHttpAcceptLanguage" | "browserHttpUserAgent" | "browserUserAgent" | "browserHttpAcceptLanguate"
> {}

/** The input of `widget.isScaRequired(...)` and the form it reads. A key of no field is a type error in an object literal; at run time it is ignored. */
export interface IsScaRequiredInput extends Pick<FieldValues,
  | "clientAccnum" | "clientSubacc" | "nameOnCard" | "cardNumber" | "email" | "amount" | "currencyCode"
> {}

/** The input of `widget.isScaRequiredForPaymentToken(...)` and the form it reads. A key of no field is a type error in an object literal; at run time it is ignored. */
export interface IsScaRequiredForPaymentTokenInput extends Pick<FieldValues,
  | "nameOnCard" | "email" | "currencyCode" | "paymentTokenId"
> {}

/** The input of `widget.authenticateCustomer(...)` and the form it reads. A key of no field is a type error in an object literal; at run time it is ignored. */
export interface AuthenticateCustomerInput extends Pick<FieldValues,
  | "clientAccnum" | "clientSubacc" | "cardNumber" | "expMonth" | "expYear" | "paymentTokenId" | "form"
  | "iframeId"
> {}

/** The input of `widget.createPaymentToken3DS(...)` and the form it reads. A key of no field is a type error in an object literal; at run time it is ignored. */
export interface CreatePaymentToken3DSInput extends Pick<FieldValues,
  | "clientAccnum" | "clientSubacc" | "nameOnCard" | "cardNumber" | "expMonth" | "expYear" | "cvv2"
  | "firstName" | "lastName" | "address1" | "address2" | "address3" | "city" | "country" | "state"
  | "postalCode" | "phoneNumber" | "email" | "amount" | "currencyCode" | "ipAddress" | "browserHttpAccept"
  | "browserHttpAcceptEncoding" | "browserHttpAcceptLanguage" | "browserHttpUserAgent" | "browserUserAgent"
  | "browserHttpAcceptLanguate"
> {}

/** The input of `widget.authenticateCustomerAndCreatePaymentToken(...)` and the form it reads. A key of no field is a type error in an object literal; at run time it is ignored. */
export interface AuthenticateCustomerAndCreatePaymentTokenInput extends Pick<FieldValues,
  | "clientAccnum" | "clientSubacc" | "nameOnCard" | "cardNumber" | "expMonth" | "expYear" | "cvv2"
  | "firstName" | "lastName" | "address1" | "address2" | "address3" | "city" | "country" | "state"
  | "postalCode" | "phoneNumber" | "email" | "amount" | "currencyCode" | "ipAddress" | "form" | "iframeId"
  | "browserHttpAccept" | "browserHttpAcceptEncoding" | "browserHttpAcceptLanguage" | "browserHttpUserAgent"
  | "browserUserAgent" | "browserHttpAcceptLanguate"
> {}

/** The input of `POST /transactions/payment-tokens/{paymentTokenId}`. A key of no field is a type error in an object literal; at run time it is ignored. */
export interface ChargeInput extends Pick<FieldValues,
  | "clientAccnum" | "clientSubacc" | "currencyCode" | "paymentTokenId" | "initialPrice" | "initialPeriod"
  | "recurringPrice" | "recurringPeriod" | "rebills" | "lifeTimeSubscription" | "createNewPaymentToken"
  | "passThroughInfo"
> {}

/** The input of `POST /transactions/payment-tokens/threeds/{paymentTokenId}`. A key of no field is a type error in an object literal; at run time it is ignored. */
export interface ThreedsChargeInput extends Pick<FieldValues,
  | "clientAccnum" | "clientSubacc" | "currencyCode" | "paymentTokenId" | "initialPrice" | "initialPeriod"
  | "recurringPrice" | "recurringPeriod" | "rebills" | "lifeTimeSubscription" | "createNewPaymentToken"
  | "passThroughInfo" | "threedsCardToken" | "threedsEci" | "threedsStatus" | "threedsVersion" | "threedsXid"
  | "threedsCavv" | "threedsCavvAlgorithm" | "threedsDsTransId" | "threedsAcsTransId"
  | "threedsAuthenticationValue" | "threedsError" | "threedsClientTransactionId" | "threedsSuccess"
  | "threedsAmount" | "threedsCurrency" | "threedsSdkTransId" | "threedsAuthenticationType"
  | "threedsErrorDetail" | "threedsErrorCode" | "threedsResponse"
> {}

/** The input of `GET /payment-tokens/{paymentTokenId}`. A key of no field is a type error in an object literal; at run time it is ignored. */
export interface GetPaymentTokenInput extends Pick<FieldValues,
  | "paymentTokenId"
> {}

/** The input of `GET /payment-tokens/{paymentTokenId}/threeds-required`. A key of no field is a type error in an object literal; at run time it is ignored. */
export interface PaymentTokenThreedsRequiredInput extends Pick<FieldValues,
  | "currencyCode" | "paymentTokenId"
> {}

/** The input of `GET /transactions/payment-tokens/{paymentTokenId}`. A key of no field is a type error in an object literal; at run time it is ignored. */
export interface GetTransactionPaymentTokenInput extends Pick<FieldValues,
  | "clientAccnum" | "clientSubacc" | "paymentTokenId"
> {}

/** Each call's input type, by the call's name. */
export interface Inputs {
  createPaymentToken: CreatePaymentTokenInput;
  isScaRequired: IsScaRequiredInput;
  isScaRequiredForPaymentToken: IsScaRequiredForPaymentTokenInput;
  authenticateCustomer: AuthenticateCustomerInput;
  createPaymentToken3DS: CreatePaymentToken3DSInput;
  authenticateCustomerAndCreatePaymentToken: AuthenticateCustomerAndCreatePaymentTokenInput;
  charge: ChargeInput;
  threedsCharge: ThreedsChargeInput;
  getPaymentToken: GetPaymentTokenInput;
  paymentTokenThreedsRequired: PaymentTokenThreedsRequiredInput;
  getTransactionPaymentToken: GetTransactionPaymentTokenInput;
}

/** The input type of call `C`. */
export type InputOf<C extends CallName> = Inputs[C];

/** The fields of a charge body that no widget call reads. */
export type ChargeField =
  | "initialPrice" | "initialPeriod" | "recurringPrice" | "recurringPeriod" | "rebills"
  | "lifeTimeSubscription" | "createNewPaymentToken" | "passThroughInfo";

/** The 3-D Secure fields of a 3DS charge body. */
export type ThreedsField =
  | "threedsCardToken" | "threedsEci" | "threedsStatus" | "threedsVersion" | "threedsXid" | "threedsCavv"
  | "threedsCavvAlgorithm" | "threedsDsTransId" | "threedsAcsTransId" | "threedsAuthenticationValue"
  | "threedsError" | "threedsClientTransactionId" | "threedsSuccess" | "threedsAmount" | "threedsCurrency"
  | "threedsSdkTransId" | "threedsAuthenticationType" | "threedsErrorDetail" | "threedsErrorCode"
  | "threedsResponse";
