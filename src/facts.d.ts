// Generated from the Rust core (src/facts.rs) by `make facts`: edit the Rust, never this file.

/** Every call whose rules this module applies: the widget's methods and the backend's requests. */
export type CallName =
  | "createPaymentToken" | "isScaRequired" | "isScaRequiredForPaymentToken" | "authenticateCustomer"
  | "createPaymentToken3DS" | "authenticateCustomerAndCreatePaymentToken" | "charge" | "threedsCharge"
  | "getPaymentToken" | "paymentTokenThreedsRequired" | "getTransactionPaymentToken"
  | "createPaymentTokenMerchantOnly" | "createPaymentTokenMerchantOnlyVerify"
  | "createPaymentTokenProgramSpecified" | "createPaymentTokenTargetClient" | "threedsRequired";

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
  | "threedsResponse" | "subscriptionId" | "programParticipationId" | "targetClientAccnum"
  | "targetClientSubacc" | "bin" | "last4";

/** A field's `propertyName` in the payment-token bodies, which nest it: its path. */
export type BodyPath =
  | "customerInfo.address1" | "customerInfo.address2" | "customerInfo.browserHttpAccept"
  | "customerInfo.browserHttpAcceptEncoding" | "customerInfo.browserHttpAcceptLanguage"
  | "customerInfo.browserHttpUserAgent" | "customerInfo.city" | "customerInfo.country"
  | "customerInfo.customerFname" | "customerInfo.customerLname" | "customerInfo.email"
  | "customerInfo.ipAddress" | "customerInfo.phoneNumber" | "customerInfo.state" | "customerInfo.zipcode"
  | "paymentInfo.creditCardPaymentInfo.cardNum" | "paymentInfo.creditCardPaymentInfo.cvv2"
  | "paymentInfo.creditCardPaymentInfo.expMonth" | "paymentInfo.creditCardPaymentInfo.expYear"
  | "paymentInfo.creditCardPaymentInfo.nameOnCard";

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
  subscriptionId?: FieldValue;
  programParticipationId?: FieldValue;
  targetClientAccnum?: FieldValue;
  targetClientSubacc?: FieldValue;
  bin?: FieldValue;
  last4?: FieldValue;
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

/** The input of `POST /payment-tokens/merchant-only`. A key of no field is a type error in an object literal; at run time it is ignored. */
export interface CreatePaymentTokenMerchantOnlyInput {
  clientAccnum?: FieldValues["clientAccnum"];
  clientSubacc?: FieldValues["clientSubacc"];
  timeToLive?: FieldValues["timeToLive"];
  validNumberOfUse?: FieldValues["numberOfUse"];
  subscriptionId?: FieldValues["subscriptionId"];
  paymentInfo?: {
    creditCardPaymentInfo?: {
      nameOnCard?: FieldValues["nameOnCard"];
      cardNum?: FieldValues["cardNumber"];
      expMonth?: FieldValues["expMonth"];
      expYear?: FieldValues["expYear"];
      [other: string]: unknown;
    } | null;
    [other: string]: unknown;
  } | null;
  customerInfo?: {
    customerFname?: FieldValues["firstName"];
    customerLname?: FieldValues["lastName"];
    address1?: FieldValues["address1"];
    address2?: FieldValues["address2"];
    city?: FieldValues["city"];
    country?: FieldValues["country"];
    state?: FieldValues["state"];
    zipcode?: FieldValues["postalCode"];
    phoneNumber?: FieldValues["phoneNumber"];
    email?: FieldValues["email"];
    ipAddress?: FieldValues["ipAddress"];
    browserHttpAccept?: FieldValues["browserHttpAccept"];
    browserHttpAcceptEncoding?: FieldValues["browserHttpAcceptEncoding"];
    browserHttpAcceptLanguage?: FieldValues["browserHttpAcceptLanguage"];
    browserHttpUserAgent?: FieldValues["browserHttpUserAgent"];
    [other: string]: unknown;
  } | null;
}

/** The input of `POST /payment-tokens/merchant-only-verify`. A key of no field is a type error in an object literal; at run time it is ignored. */
export interface CreatePaymentTokenMerchantOnlyVerifyInput extends CreatePaymentTokenMerchantOnlyInput {
  paymentInfo?: {
    creditCardPaymentInfo?: {
      nameOnCard?: FieldValues["nameOnCard"];
      cardNum?: FieldValues["cardNumber"];
      expMonth?: FieldValues["expMonth"];
      expYear?: FieldValues["expYear"];
      cvv2?: FieldValues["cvv2"];
      [other: string]: unknown;
    } | null;
    [other: string]: unknown;
  } | null;
}

/** The input of `POST /payment-tokens/program-specified`. A key of no field is a type error in an object literal; at run time it is ignored. */
export interface CreatePaymentTokenProgramSpecifiedInput extends CreatePaymentTokenMerchantOnlyInput {
  programParticipationId?: FieldValues["programParticipationId"];
}

/** The input of `POST /payment-tokens/target-client`. A key of no field is a type error in an object literal; at run time it is ignored. */
export interface CreatePaymentTokenTargetClientInput extends CreatePaymentTokenMerchantOnlyInput {
  targetClientAccnum?: FieldValues["targetClientAccnum"];
  targetClientSubacc?: FieldValues["targetClientSubacc"];
}

/** The input of `GET /payment-tokens/threeds-required`. A key of no field is a type error in an object literal; at run time it is ignored. */
export interface ThreedsRequiredInput extends Pick<FieldValues,
  | "clientAccnum" | "clientSubacc" | "currencyCode" | "bin" | "last4"
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
  createPaymentTokenMerchantOnly: CreatePaymentTokenMerchantOnlyInput;
  createPaymentTokenMerchantOnlyVerify: CreatePaymentTokenMerchantOnlyVerifyInput;
  createPaymentTokenProgramSpecified: CreatePaymentTokenProgramSpecifiedInput;
  createPaymentTokenTargetClient: CreatePaymentTokenTargetClientInput;
  threedsRequired: ThreedsRequiredInput;
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
