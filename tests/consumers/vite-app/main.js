// Bundled by Vite with no plugin: the .wasm is an asset found through `new URL(..., import.meta.url)`.
import { init, readForm, validateField, cardBrand } from "ccbill-validate";

init().then(() => {
  const form = readForm();
  const card = validateField("cardNumber", form.cardNumber, form);
  const postal = validateField("postalCode", form.postalCode, form, { locale: "es" });
  document.getElementById("out").textContent = JSON.stringify({
    brand: cardBrand(form.cardNumber)?.brand,
    card: card.map((v) => v.code),
    postal: postal[0]?.message,
  });
});
