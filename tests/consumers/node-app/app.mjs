// A merchant's Node 20 backend, installed from the packed tarball.
import { init, validateCreatePaymentToken, cardBrand } from "ccbill-validate";
import de from "ccbill-validate/locales/de";

await init();
const input = { clientAccnum: "901505", clientSubacc: "0", cardNumber: "378282246310005" };
const found = validateCreatePaymentToken(input, { locale: "es" });
const german = validateCreatePaymentToken(input, { locale: de });
console.log(JSON.stringify({
  fields: found.map((v) => v.propertyName),
  brand: cardBrand("3782")?.name,
  first: found[0]?.message,
  de: german[0]?.message,
  params: found[0]?.params,
}));
