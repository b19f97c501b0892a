// A merchant's Node 20 backend, installed from the packed tarball.
import { init, validateCreatePaymentToken, cardBrand } from "ccbill-validate";

await init();
const found = validateCreatePaymentToken({ clientAccnum: "901505", clientSubacc: "0", cardNumber: "378282246310005" }, { locale: "es" });
console.log(JSON.stringify({ fields: found.map((v) => v.propertyName), brand: cardBrand("3782")?.name, first: found[0]?.message }));
