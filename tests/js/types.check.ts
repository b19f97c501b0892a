// Compiled with `tsc --noEmit --strict` against pkg/: a merchant's typed usage.
import { init, validateCreatePaymentToken, validateField, type Violation, type Code } from "../../pkg/index.js";

await init();
const found: Violation[] = validateCreatePaymentToken({ clientAccnum: 900000, cardNumber: "4111" }, { locale: "es" });
const codes: Code[] = found.map((v) => v.code);
const masked: string | undefined = found[0]?.target.cardNumber;
validateField("postalCode", "28013", { country: "ES" }, { call: "createPaymentToken", now: new Date() });
// @ts-expect-error: not a field CCBill reads
validateField("cardnumber", "4111");
// @ts-expect-error: not a locale
validateCreatePaymentToken({}, { locale: 5 });
export { codes, masked };
