// A merchant's Node 20 backend, installed from the packed tarball.
import { init, validateCreatePaymentToken, cardBrand } from "ccbill-validate";
import de from "ccbill-validate/locales/de";

await init();
const input = { clientAccnum: "901505", clientSubacc: "0", cardNumber: "378282246310005" };
// The backend knows which widget its page loads: v1.13.1's rules; without it, the version is unknown.
const found = validateCreatePaymentToken(input, { locale: "es", version: "1.13.1" });
const german = validateCreatePaymentToken(input, { locale: de, version: "1.13.1" });
const unknown = validateCreatePaymentToken(input);
console.log(JSON.stringify({
  fields: found.map((v) => v.propertyName),
  unknown: unknown.map((v) => v.propertyName),
  brand: cardBrand("3782")?.name,
  first: found[0]?.message,
  de: german[0]?.message,
  params: found[0]?.params,
}));
