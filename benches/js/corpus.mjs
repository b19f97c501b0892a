// A seeded corpus of payment forms: half valid, the rest with 1–3 wrong fields of every kind.
// Each form records the fields it should violate, so every implementation's accuracy is counted.

/** mulberry32: small, seeded, good enough for shuffling test data. */
export function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fixed "now" for the expiry check: 2026-11-23T12:00:00Z. */
export const NOW = 1795435200000;

const countries = [
  { country: "US", state: ["CA", "NY"], postal: ["94043", "10001-1234"], phone: ["+1 415 555 0132", "(212) 555-0198"], wrongPostal: "9404" },
  { country: "GB", state: ["ENG", "SCT"], postal: ["SW1A 1AA", "EC1Y 8SY"], phone: ["+44 20 7946 0958", "020 7946 0018"], wrongPostal: "ZZ1 1ZZ" },
  { country: "ES", state: ["M", "B"], postal: ["28013", "08001"], phone: ["+34 912 345 678", "612 345 678"], wrongPostal: "2801" },
  { country: "DE", state: ["BE", "BY"], postal: ["10115", "80331"], phone: ["+49 30 901820", "030 901820"], wrongPostal: "1234" },
  { country: "FR", state: ["75C", "69"], postal: ["75008", "69001"], phone: ["+33 1 23 45 67 89", "06 12 34 56 78"], wrongPostal: "7500" },
  { country: "CA", state: ["ON", "QC"], postal: ["K1A 0B1", "M5V 3L9"], phone: ["+1 604 555 0199", "(416) 555-0142"], wrongPostal: "D0A 0A0" },
  { country: "JP", state: ["13", "27"], postal: ["100-0001", "1500001"], phone: ["+81 3-1234-5678", "090-1234-5678"], wrongPostal: "100-00011" },
  { country: "BR", state: ["SP", "RJ"], postal: ["01310-100", "20040-002"], phone: ["+55 11 91234-5678", "(21) 2345-6789"], wrongPostal: "1234" },
  { country: "MX", state: ["CMX", "JAL"], postal: ["01000", "44100"], phone: ["+52 55 1234 5678", "33 1234 5678"], wrongPostal: "123" },
  { country: "AU", state: ["NSW", "VIC"], postal: ["2000", "3000"], phone: ["+61 2 9876 5432", "(03) 9876 5432"], wrongPostal: "20000" },
];

const cards = [
  ["4111 1111 1111 1111", "123"], ["5555 5555 5555 4444", "321"], ["3782 822463 10005", "1234"],
  ["6011 1111 1111 1117", "456"], ["3530 1113 3330 0000", "789"], ["2223 0031 2200 3222", "654"],
];
const names = [["Ana", "Pérez"], ["John", "Smith"], ["Zoë", "Müller"], ["Jean", "Dupont"], ["Yuki", "Tanaka"], ["João", "Silva"]];

/** Wrong values, by field: each breaks exactly that field under CCBill's rules. */
const wrong = {
  clientAccnum: () => 899999,
  cardNumber: (pick) => pick(["4111 1111 1111 1112", "4111 1111 111", "4111-1111-1111-111a"]),
  expMonth: (pick) => pick(["13", "0"]),
  expYear: (pick) => pick(["2101", "2017"]),
  cvv2: (pick) => pick(["12", "12a"]),
  nameOnCard: () => "A",
  firstName: () => "",
  lastName: () => " ",
  address1: () => "x".repeat(51),
  city: () => "y".repeat(51),
  country: (pick) => pick(["XX", "UK", "USA"]),
  // Not "XX": CCBill reads that as "no state" (widget v1.13 guide).
  state: () => "ZZ",
  postalCode: (_pick, profile) => profile.wrongPostal,
  phoneNumber: (pick) => pick(["+1 415 555 013", "12"]),
  email: (pick) => pick(["ana@", "ana example.com", "@example.com"]),
  currencyCode: () => "USD",
  ipAddress: (pick) => pick(["01.2.3.4", "256.1.1.1"]),
};
export const KINDS = Object.keys(wrong);

export function corpus(size = 10_000, seed = 20261123) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const forms = [];
  for (let i = 0; i < size; i++) {
    const profile = pick(countries);
    const [cardNumber, cvv2] = pick(cards);
    const [firstName, lastName] = pick(names);
    const form = {
      clientAccnum: 900000 + Math.floor(rand() * 99999), clientSubacc: Math.floor(rand() * 10) , nameOnCard: `${firstName} ${lastName}`,
      cardNumber, expMonth: String(1 + Math.floor(rand() * 12)).padStart(2, "0"), expYear: String(2027 + Math.floor(rand() * 8)),
      cvv2, firstName, lastName, address1: "1 Main Street", address2: "", city: "Springfield", country: profile.country,
      state: pick(profile.state), postalCode: pick(profile.postal), phoneNumber: pick(profile.phone),
      email: `${firstName.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "")}@example.com`, currencyCode: "840",
      ipAddress: "203.0.113.5",
    };
    const expected = [];
    if (i % 2 === 1) {
      const count = 1 + Math.floor(rand() * 3);
      while (expected.length < count) {
        const field = pick(KINDS);
        if (expected.includes(field)) continue;
        // An invalid country leaves no country to hold the state, postal code and phone to.
        if (field === "country" && expected.some((f) => ["state", "postalCode", "phoneNumber"].includes(f))) continue;
        if (["state", "postalCode", "phoneNumber"].includes(field) && expected.includes("country")) continue;
        form[field] = wrong[field](pick, profile);
        // The wrong numbers are Visa's: keep the CVV a Visa CVV unless the CVV is the fault.
        if (field === "cardNumber" && !expected.includes("cvv2")) form.cvv2 = "123";
        expected.push(field);
      }
    }
    forms.push({ form, expected: expected.sort() });
  }
  return forms;
}
