// The stack a merchant would combine instead: card-validator, validator.js, postcode-validator
// and libphonenumber-js, each used as its docs suggest, for the same fields. Returns the names of
// the violated fields. Subdivisions have no peer: only their shape is checked here.
import cardValidator from "card-validator";
import isEmail from "validator/es/lib/isEmail.js";
import isInt from "validator/es/lib/isInt.js";
import isIP from "validator/es/lib/isIP.js";
import isISO31661Alpha2 from "validator/es/lib/isISO31661Alpha2.js";
import isLength from "validator/es/lib/isLength.js";
import { postcodeValidator, postcodeValidatorExistsForCountry } from "postcode-validator";
import { isPossiblePhoneNumber } from "libphonenumber-js/min";

const text = (v) => (v == null ? "" : String(v).trim());

export function validate(form) {
  const bad = [];
  const int = (v, min, max) => isInt(text(v), { min, max });
  if (!int(form.clientAccnum, 900000, 999999)) bad.push("clientAccnum");
  if (!int(form.clientSubacc, 0, 9999)) bad.push("clientSubacc");
  if (text(form.nameOnCard) && !isLength(form.nameOnCard, { min: 2, max: 45 })) bad.push("nameOnCard");
  const card = cardValidator.number(text(form.cardNumber));
  if (!card.isValid) bad.push("cardNumber");
  const month = cardValidator.expirationMonth(text(form.expMonth));
  const date = cardValidator.expirationDate({ month: text(form.expMonth), year: text(form.expYear) });
  if (!month.isValid) bad.push("expMonth");
  else if (!date.isValid) bad.push("expYear");
  if (text(form.cvv2) && !cardValidator.cvv(text(form.cvv2), card.card?.code.size ?? [3, 4]).isValid) bad.push("cvv2");
  if (!text(form.firstName)) bad.push("firstName");
  if (!text(form.lastName)) bad.push("lastName");
  for (const field of ["address1", "address2", "city"]) {
    if (text(form[field]) && !isLength(form[field], { max: 50 })) bad.push(field);
  }
  const country = text(form.country).toUpperCase();
  const knownCountry = isISO31661Alpha2(country);
  if (!knownCountry) bad.push("country");
  if (text(form.state) && !/^[A-Za-z0-9]{1,3}$/.test(text(form.state))) bad.push("state");
  const postal = text(form.postalCode);
  let postalOk = postal.length > 0 && postal.length <= 16;
  if (postalOk && knownCountry && postcodeValidatorExistsForCountry(country)) {
    try {
      postalOk = postcodeValidator(postal, country);
    } catch {
      postalOk = true;
    }
  }
  if (!postalOk) bad.push("postalCode");
  if (text(form.phoneNumber) && !isPossiblePhoneNumber(text(form.phoneNumber), knownCountry ? country : undefined)) {
    bad.push("phoneNumber");
  }
  if (!isEmail(text(form.email))) bad.push("email");
  if (text(form.currencyCode) && !/^\d{3}$/.test(String(form.currencyCode))) bad.push("currencyCode");
  if (text(form.ipAddress) && !isIP(text(form.ipAddress), 4)) bad.push("ipAddress");
  return bad;
}
