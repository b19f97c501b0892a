// Compiled with `tsc --noEmit --strict` against pkg/: a backend's typed use of the token bodies.
import {
  init, validateCreatePaymentTokenMerchantOnlyVerify, validateThreedsRequired,
  type CreatePaymentTokenMerchantOnlyVerifyInput, type Violation,
} from "../../pkg/index.js";

await init();
const body: CreatePaymentTokenMerchantOnlyVerifyInput = {
  clientAccnum: 900000, clientSubacc: 0, subscriptionId: 0,
  customerInfo: { customerFname: "Tyler", zipcode: "85281", country: "US" },
  paymentInfo: { creditCardPaymentInfo: { cardNum: "4473707989493598", cvv2: "123", expMonth: "04" } },
};
const found: Violation[] = validateCreatePaymentTokenMerchantOnlyVerify(body);
// A body's propertyName is its path there.
const paths: string[] = found.filter((v) => v.propertyName === "customerInfo.zipcode").map((v) => v.code);
validateThreedsRequired({ bin: 530664, last4: "8087", clientAccnum: 900684, clientSubacc: 3, currencyCode: 978 });
// @ts-expect-error: customerInfo is an object
validateCreatePaymentTokenMerchantOnlyVerify({ customerInfo: "Tyler" });
export { paths };
