// Generated from the Rust core (src/facts.rs) by `make facts`: edit the Rust, never this file.
// What the page layer knows about CCBill's calls and fields; every rule stays in the module.

/** The widget versions whose signatures or rules differ, oldest first. */
export const WIDGET_VERSIONS = ["1", "1.2", "1.3", "1.13"];

/**
 * Every call by name: `fields`, what it reads, in reporting order; `paths`, where a body nests
 * them, each field's path in it (`propertyName`); `method`, a widget method's
 * signatures, oldest first (the arguments after `authToken`, from version `since` on; two of one
 * version are two orders the guide shows), empty for a backend request.
 */
export const CALLS = {
  createPaymentToken: {
    fields: ["clientAccnum", "clientSubacc", "clearPaymentInfo", "clearCustomerInfo", "timeToLive", "numberOfUse", "nameOnCard", "cardNumber", "expMonth", "expYear", "cvv2", "firstName", "lastName", "address1", "address2", "address3", "city", "country", "state", "postalCode", "phoneNumber", "email", "amount", "currencyCode", "ipAddress", "browserHttpAccept", "browserHttpAcceptEncoding", "browserHttpAcceptLanguage", "browserHttpUserAgent", "browserUserAgent", "browserHttpAcceptLanguate"],
    method: [
      { since: "1", arguments: ["clientAccnum", "clientSubacc", "clearPaymentInfo", "clearCustomerInfo", "timeToLive", "numberOfUse"] },
    ],
  },
  isScaRequired: {
    fields: ["clientAccnum", "clientSubacc", "nameOnCard", "cardNumber", "email", "amount", "currencyCode"],
    method: [
      { since: "1", arguments: ["clientAccnum", "clientSubacc", "currencyCode"] },
      { since: "1.2", arguments: ["clientAccnum", "clientSubacc"] },
    ],
  },
  isScaRequiredForPaymentToken: {
    fields: ["nameOnCard", "email", "currencyCode", "paymentTokenId"],
    method: [
      { since: "1", arguments: ["paymentTokenId", "currencyCode"] },
      { since: "1.2", arguments: ["paymentTokenId"] },
    ],
  },
  authenticateCustomer: {
    fields: ["clientAccnum", "clientSubacc", "cardNumber", "expMonth", "expYear", "paymentTokenId", "form", "iframeId"],
    method: [
      { since: "1", arguments: ["form", "iframeId", "paymentTokenId"] },
      { since: "1.3", arguments: ["clientAccnum", "clientSubacc", "form", "iframeId", "paymentTokenId"] },
      { since: "1.3", arguments: ["form", "clientAccnum", "clientSubacc", "iframeId", "paymentTokenId"] },
    ],
  },
  createPaymentToken3DS: {
    fields: ["clientAccnum", "clientSubacc", "nameOnCard", "cardNumber", "expMonth", "expYear", "cvv2", "firstName", "lastName", "address1", "address2", "address3", "city", "country", "state", "postalCode", "phoneNumber", "email", "amount", "currencyCode", "ipAddress", "browserHttpAccept", "browserHttpAcceptEncoding", "browserHttpAcceptLanguage", "browserHttpUserAgent", "browserUserAgent", "browserHttpAcceptLanguate"],
    method: [
      { since: "1.13", arguments: ["clientAccnum", "clientSubacc"] },
    ],
  },
  authenticateCustomerAndCreatePaymentToken: {
    fields: ["clientAccnum", "clientSubacc", "nameOnCard", "cardNumber", "expMonth", "expYear", "cvv2", "firstName", "lastName", "address1", "address2", "address3", "city", "country", "state", "postalCode", "phoneNumber", "email", "amount", "currencyCode", "ipAddress", "form", "iframeId", "browserHttpAccept", "browserHttpAcceptEncoding", "browserHttpAcceptLanguage", "browserHttpUserAgent", "browserUserAgent", "browserHttpAcceptLanguate"],
    method: [
      { since: "1.13", arguments: ["clientAccnum", "clientSubacc", "form", "iframeId"] },
    ],
  },
  charge: {
    fields: ["clientAccnum", "clientSubacc", "currencyCode", "paymentTokenId", "initialPrice", "initialPeriod", "recurringPrice", "recurringPeriod", "rebills", "lifeTimeSubscription", "createNewPaymentToken", "passThroughInfo"],
    method: [],
  },
  threedsCharge: {
    fields: ["clientAccnum", "clientSubacc", "currencyCode", "paymentTokenId", "initialPrice", "initialPeriod", "recurringPrice", "recurringPeriod", "rebills", "lifeTimeSubscription", "createNewPaymentToken", "passThroughInfo", "threedsCardToken", "threedsEci", "threedsStatus", "threedsVersion", "threedsXid", "threedsCavv", "threedsCavvAlgorithm", "threedsDsTransId", "threedsAcsTransId", "threedsAuthenticationValue", "threedsError", "threedsClientTransactionId", "threedsSuccess", "threedsAmount", "threedsCurrency", "threedsSdkTransId", "threedsAuthenticationType", "threedsErrorDetail", "threedsErrorCode", "threedsResponse"],
    method: [],
  },
  getPaymentToken: {
    fields: ["paymentTokenId"],
    method: [],
  },
  paymentTokenThreedsRequired: {
    fields: ["currencyCode", "paymentTokenId"],
    method: [],
  },
  getTransactionPaymentToken: {
    fields: ["clientAccnum", "clientSubacc", "paymentTokenId"],
    method: [],
  },
  createPaymentTokenMerchantOnly: {
    fields: ["clientAccnum", "clientSubacc", "timeToLive", "numberOfUse", "nameOnCard", "cardNumber", "expMonth", "expYear", "firstName", "lastName", "address1", "address2", "city", "country", "state", "postalCode", "phoneNumber", "email", "ipAddress", "browserHttpAccept", "browserHttpAcceptEncoding", "browserHttpAcceptLanguage", "browserHttpUserAgent", "subscriptionId"],
    paths: ["clientAccnum", "clientSubacc", "timeToLive", "validNumberOfUse", "paymentInfo.creditCardPaymentInfo.nameOnCard", "paymentInfo.creditCardPaymentInfo.cardNum", "paymentInfo.creditCardPaymentInfo.expMonth", "paymentInfo.creditCardPaymentInfo.expYear", "customerInfo.customerFname", "customerInfo.customerLname", "customerInfo.address1", "customerInfo.address2", "customerInfo.city", "customerInfo.country", "customerInfo.state", "customerInfo.zipcode", "customerInfo.phoneNumber", "customerInfo.email", "customerInfo.ipAddress", "customerInfo.browserHttpAccept", "customerInfo.browserHttpAcceptEncoding", "customerInfo.browserHttpAcceptLanguage", "customerInfo.browserHttpUserAgent", "subscriptionId"],
    method: [],
  },
  createPaymentTokenMerchantOnlyVerify: {
    fields: ["clientAccnum", "clientSubacc", "timeToLive", "numberOfUse", "nameOnCard", "cardNumber", "expMonth", "expYear", "cvv2", "firstName", "lastName", "address1", "address2", "city", "country", "state", "postalCode", "phoneNumber", "email", "ipAddress", "browserHttpAccept", "browserHttpAcceptEncoding", "browserHttpAcceptLanguage", "browserHttpUserAgent", "subscriptionId"],
    paths: ["clientAccnum", "clientSubacc", "timeToLive", "validNumberOfUse", "paymentInfo.creditCardPaymentInfo.nameOnCard", "paymentInfo.creditCardPaymentInfo.cardNum", "paymentInfo.creditCardPaymentInfo.expMonth", "paymentInfo.creditCardPaymentInfo.expYear", "paymentInfo.creditCardPaymentInfo.cvv2", "customerInfo.customerFname", "customerInfo.customerLname", "customerInfo.address1", "customerInfo.address2", "customerInfo.city", "customerInfo.country", "customerInfo.state", "customerInfo.zipcode", "customerInfo.phoneNumber", "customerInfo.email", "customerInfo.ipAddress", "customerInfo.browserHttpAccept", "customerInfo.browserHttpAcceptEncoding", "customerInfo.browserHttpAcceptLanguage", "customerInfo.browserHttpUserAgent", "subscriptionId"],
    method: [],
  },
  createPaymentTokenProgramSpecified: {
    fields: ["clientAccnum", "clientSubacc", "timeToLive", "numberOfUse", "nameOnCard", "cardNumber", "expMonth", "expYear", "firstName", "lastName", "address1", "address2", "city", "country", "state", "postalCode", "phoneNumber", "email", "ipAddress", "browserHttpAccept", "browserHttpAcceptEncoding", "browserHttpAcceptLanguage", "browserHttpUserAgent", "subscriptionId", "programParticipationId"],
    paths: ["clientAccnum", "clientSubacc", "timeToLive", "validNumberOfUse", "paymentInfo.creditCardPaymentInfo.nameOnCard", "paymentInfo.creditCardPaymentInfo.cardNum", "paymentInfo.creditCardPaymentInfo.expMonth", "paymentInfo.creditCardPaymentInfo.expYear", "customerInfo.customerFname", "customerInfo.customerLname", "customerInfo.address1", "customerInfo.address2", "customerInfo.city", "customerInfo.country", "customerInfo.state", "customerInfo.zipcode", "customerInfo.phoneNumber", "customerInfo.email", "customerInfo.ipAddress", "customerInfo.browserHttpAccept", "customerInfo.browserHttpAcceptEncoding", "customerInfo.browserHttpAcceptLanguage", "customerInfo.browserHttpUserAgent", "subscriptionId", "programParticipationId"],
    method: [],
  },
  createPaymentTokenTargetClient: {
    fields: ["clientAccnum", "clientSubacc", "timeToLive", "numberOfUse", "nameOnCard", "cardNumber", "expMonth", "expYear", "firstName", "lastName", "address1", "address2", "city", "country", "state", "postalCode", "phoneNumber", "email", "ipAddress", "browserHttpAccept", "browserHttpAcceptEncoding", "browserHttpAcceptLanguage", "browserHttpUserAgent", "subscriptionId", "targetClientAccnum", "targetClientSubacc"],
    paths: ["clientAccnum", "clientSubacc", "timeToLive", "validNumberOfUse", "paymentInfo.creditCardPaymentInfo.nameOnCard", "paymentInfo.creditCardPaymentInfo.cardNum", "paymentInfo.creditCardPaymentInfo.expMonth", "paymentInfo.creditCardPaymentInfo.expYear", "customerInfo.customerFname", "customerInfo.customerLname", "customerInfo.address1", "customerInfo.address2", "customerInfo.city", "customerInfo.country", "customerInfo.state", "customerInfo.zipcode", "customerInfo.phoneNumber", "customerInfo.email", "customerInfo.ipAddress", "customerInfo.browserHttpAccept", "customerInfo.browserHttpAcceptEncoding", "customerInfo.browserHttpAcceptLanguage", "customerInfo.browserHttpUserAgent", "subscriptionId", "targetClientAccnum", "targetClientSubacc"],
    method: [],
  },
  threedsRequired: {
    fields: ["clientAccnum", "clientSubacc", "currencyCode", "bin", "last4"],
    method: [],
  },
};

/** The call a field is checked under when none is named. */
export const DEFAULT_CALL = "createPaymentToken";

/** The fields the widget reads from the page, in some version; the rest come as arguments. */
export const FORM_FIELDS = ["nameOnCard", "cardNumber", "expMonth", "expYear", "cvv2", "firstName", "lastName", "address1", "address2", "address3", "city", "country", "state", "postalCode", "phoneNumber", "email", "amount", "currencyCode", "ipAddress", "browserHttpAccept", "browserHttpAcceptEncoding", "browserHttpAcceptLanguage", "browserHttpUserAgent", "browserUserAgent", "browserHttpAcceptLanguate"];

/**
 * Input hints per field a customer types (and `expiry`, one MM / YY input): autofill token, input
 * mode, and `maxLength` where every call bounds the text (the longest any call accepts).
 */
export const FIELD_HINTS = {
  nameOnCard: { autocomplete: "cc-name", maxLength: 45 },
  cardNumber: { autocomplete: "cc-number", inputMode: "numeric" },
  expMonth: { autocomplete: "cc-exp-month", inputMode: "numeric", maxLength: 2 },
  expYear: { autocomplete: "cc-exp-year", inputMode: "numeric", maxLength: 4 },
  expiry: { autocomplete: "cc-exp", inputMode: "numeric" },
  cvv2: { autocomplete: "cc-csc", inputMode: "numeric", maxLength: 4 },
  firstName: { autocomplete: "given-name" },
  lastName: { autocomplete: "family-name" },
  address1: { autocomplete: "address-line1", maxLength: 50 },
  address2: { autocomplete: "address-line2", maxLength: 50 },
  address3: { autocomplete: "address-line3", maxLength: 50 },
  city: { autocomplete: "address-level2", maxLength: 50 },
  country: { autocomplete: "country" },
  state: { autocomplete: "address-level1" },
  postalCode: { autocomplete: "postal-code", maxLength: 16 },
  phoneNumber: { autocomplete: "tel", inputMode: "tel" },
  email: { autocomplete: "email", inputMode: "email", maxLength: 254 },
};

/** Per field, the fields whose result it can change (their rules read it): checked again with it. */
export const DEPENDENTS = {
  cardNumber: ["cvv2"],
  expMonth: ["expYear"],
  country: ["state", "postalCode", "phoneNumber"],
  paymentTokenId: ["cardNumber", "expMonth", "expYear"],
  initialPrice: ["threedsAmount"],
  threedsVersion: ["threedsXid", "threedsCavv", "threedsCavvAlgorithm", "threedsDsTransId", "threedsAcsTransId", "threedsAuthenticationValue"],
  subscriptionId: ["nameOnCard", "cardNumber", "expMonth", "expYear", "cvv2", "firstName", "lastName", "country", "postalCode", "email"],
};

/** Card numbers: their digits, the security code's, and the groups of a number of no known brand. */
export const CARD = { minDigits: 12, maxDigits: 19, cvvDigits: [3, 4], gaps: [4, 8, 12] };

const freeze = (value) => {
  if (value !== null && typeof value === "object") Object.values(Object.freeze(value)).forEach(freeze);
  return value;
};
[WIDGET_VERSIONS, CALLS, FORM_FIELDS, FIELD_HINTS, DEPENDENTS, CARD].forEach(freeze);
