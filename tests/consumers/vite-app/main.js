// Bundled by Vite with no plugin: the .wasm and the reference tables are assets found through
// `new URL(..., import.meta.url)`. The postal code needs the tables, which arrive after init().
import { init, readForm, validateField, cardBrand, tablesReady } from "ccbill-validate";

init().then(() => tablesReady()).then(() => {
  const form = readForm();
  const card = validateField("cardNumber", form.cardNumber, form);
  const postal = validateField("postalCode", form.postalCode, form, { locale: "es" });
  document.getElementById("out").textContent = JSON.stringify({
    brand: cardBrand(form.cardNumber)?.brand,
    card: card.map((v) => v.code),
    postal: postal[0]?.message,
  });
});
