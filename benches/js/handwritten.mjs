// The limit to compare against: plain JavaScript, the same structural checks, no reference data
// (so no per-country postal codes, subdivisions or phone lengths, and no country list).
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const text = (v) => (v == null ? "" : String(v).trim());
const whole = (v, min, max) => {
  const n = Number(text(v));
  return text(v) !== "" && Number.isInteger(n) && n >= min && n <= max;
};

function luhn(digits) {
  let sum = 0;
  for (let i = digits.length - 1, odd = true; i >= 0; i--, odd = !odd) {
    let d = digits.charCodeAt(i) - 48;
    if (!odd) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

export function validate(form, now) {
  const bad = [];
  if (!whole(form.clientAccnum, 900000, 999999)) bad.push("clientAccnum");
  if (!whole(form.clientSubacc, 0, 9999)) bad.push("clientSubacc");
  const name = text(form.nameOnCard);
  if (name && (name.length < 2 || name.length > 45)) bad.push("nameOnCard");
  const card = text(form.cardNumber);
  const digits = card.replace(/[\s-]/g, "");
  if (!/^\d{12,19}$/.test(digits) || !luhn(digits)) bad.push("cardNumber");
  const monthOk = whole(form.expMonth, 1, 12);
  if (!monthOk) bad.push("expMonth");
  const at = new Date(now - 12 * 3600e3);
  const [year, month] = [Number(text(form.expYear)), Number(text(form.expMonth))];
  if (!whole(form.expYear, 2018, 2100) || (monthOk && year * 12 + month < at.getUTCFullYear() * 12 + at.getUTCMonth() + 1)) {
    bad.push("expYear");
  }
  const cvv = text(form.cvv2);
  if (cvv && !(/^\d{3,4}$/.test(cvv) && (cvv.length === 4) === /^3[47]/.test(digits))) bad.push("cvv2");
  if (!text(form.firstName)) bad.push("firstName");
  if (!text(form.lastName)) bad.push("lastName");
  for (const field of ["address1", "address2", "city"]) if (text(form[field]).length > 50) bad.push(field);
  if (!/^[A-Za-z]{2}$/.test(text(form.country))) bad.push("country");
  if (text(form.state) && !/^[A-Za-z0-9]{1,3}$/.test(text(form.state))) bad.push("state");
  const postal = text(form.postalCode);
  if (!postal || postal.length > 16) bad.push("postalCode");
  const phone = text(form.phoneNumber);
  if (phone && !/^\+?[\d\s().-]+$/.test(phone)) bad.push("phoneNumber");
  else if (phone && (phone.replace(/\D/g, "").length < 4 || phone.replace(/\D/g, "").length > 17)) bad.push("phoneNumber");
  const email = text(form.email);
  if (!email || email.length > 254 || !EMAIL.test(email)) bad.push("email");
  if (text(form.currencyCode) && !/^\d{3}$/.test(String(form.currencyCode))) bad.push("currencyCode");
  if (text(form.ipAddress) && !IPV4.test(text(form.ipAddress))) bad.push("ipAddress");
  return bad;
}
