// What every cell of the matrix proves, the same in each toolchain: a valid form passes, an invalid
// one fails with the widget's codes, a charge body (valid, then CCBill's own bad example) is
// checked, and the reference tables (ccbill_validate_tables.bin, which each toolchain must ship
// beside the module, or inline) arrive: a postal code wrong for the country is then reported.
// Copied into each cell by tests/consumers/matrix.test.mjs; `v` is the package's API, loaded.
export const FORM = {
  clientAccnum: "900000",
  clientSubacc: "0",
  nameOnCard: "Ana María Pérez",
  cardNumber: "4111 1111 1111 1111",
  expMonth: "11",
  expYear: "2030",
  cvv2: "123",
  firstName: "Ana María",
  lastName: "Pérez",
  address1: "Calle Mayor 1",
  city: "Madrid",
  country: "ES",
  state: "M",
  postalCode: "28013",
  email: "ana@example.es",
  currencyCode: "978",
};

// The guide's non-3DS cURL body (tests/vectors/charges.json).
export const CHARGE = {
  paymentTokenId: "01047ed6f3b440c7a2ccc6abc1ad0a84",
  clientAccnum: 900123,
  clientSubacc: 10,
  initialPrice: 9.99,
  initialPeriod: 10,
  recurringPrice: 15.0,
  recurringPeriod: 30,
  rebills: 99,
  currencyCode: 840,
};

export const BAD_CHARGE = { ...CHARGE, paymentTokenId: "YOUR-PAYMENT-TOKEN" };

const OPTIONS = { now: Date.UTC(2026, 10, 24) };
const codes = (found) => found.map((x) => `${x.propertyName}:${x.code}`);

export async function check(v) {
  const tables = await v.tablesReady(30_000);
  return {
    tables,
    postal: codes(v.validateField("postalCode", "ABC", { country: "ES" })),
    valid: codes(v.validateCreatePaymentToken(FORM, OPTIONS)),
    invalid: codes(v.validateCreatePaymentToken({ ...FORM, cardNumber: "4111 1111 1111 1112", expMonth: "13" }, OPTIONS)),
    charge: codes(v.validateCharge(CHARGE)),
    badCharge: codes(v.validateCharge(BAD_CHARGE)),
  };
}

export const EXPECTED = {
  tables: true,
  postal: ["postalCode:invalidPostalCode"],
  valid: [],
  invalid: ["cardNumber:luhn", "expMonth:outOfRange"],
  charge: [],
  badCharge: ["paymentTokenId:pattern"],
};
