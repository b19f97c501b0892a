// The same checks on a Node backend, run by the test: prints each widget call's codes as JSON.
import { init, validateCharge } from "ccbill-validate";
import { checkAll, fieldProblem, type CheckoutForm } from "./checkout.js";

await init();
const form: CheckoutForm = {
  nameOnCard: "Ana Pérez",
  firstName: "Ana",
  lastName: "Pérez",
  cardNumber: "4111 1111 1111 1112",
  expMonth: "11",
  expYear: String(new Date().getFullYear() + 2),
  cvv2: "123",
  email: "ana@example.com",
  country: "US",
  postalCode: "10001",
  newsletter: true,
};
const charge = validateCharge({ paymentTokenId: "01047ed6f3b440c7a2ccc6abc1ad0a84", clientAccnum: 900000, clientSubacc: 0, initialPrice: "9.99", initialPeriod: 30 });
console.log(JSON.stringify({ calls: checkAll(form, "01047ed6f3b440c7a2ccc6abc1ad0a84"), field: fieldProblem(form), charge: charge.length }));
