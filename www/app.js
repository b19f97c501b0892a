// The demo checkout: live feedback from attach(), Pay through guard() on a local stand-in widget.
import { init, attach, guard, readForm, cardBrand, maskCardNumber, useLocales, tablesReady } from "/pkg/index.js";
import de from "/pkg/locales/de.js";
import { StandInWidget } from "./stand-in-widget.js";

const words = {
  en: {
    title: "Checkout", language: "Language",
    intro: "Each field is checked with CCBill's own rules as you leave it, before anything reaches CCBill.",
    standIn: "Demo only: Pay calls a local stand-in for CCBill's widget. The real widget loads from CCBill's CDN; nothing here leaves this page.",
    card: "Card", nameOnCard: "Name on card", cardNumber: "Card number", expiry: "Expiry (MM / YY)",
    cvv2: "Security code", billing: "Billing", firstName: "First name", lastName: "Last name", address1: "Address",
    address2: "Address line 2", city: "City", state: "State or region", postalCode: "Postal code", country: "Country",
    currencyCode: "Currency", email: "Email", phoneNumber: "Phone", pay: "Pay", result: "Result",
    widgetCalls: "Calls that reached the stand-in widget:", choose: "Choose…",
    resultHint: "Press Pay: the guarded createPaymentToken either throws the violations, as CCBill's widget would, or lets the call through.",
    thrown: "The widget would refuse this call, for what is listed below; nothing reached it:", optional: "(optional)",
    sent: "Valid: this call went to the stand-in widget:",
  },
  es: {
    title: "Pago", language: "Idioma",
    intro: "Cada campo se comprueba con las reglas de CCBill al salir de él, antes de que nada llegue a CCBill.",
    standIn: "Solo demostración: Pagar llama a un sustituto local del widget de CCBill. El widget real se carga desde la CDN de CCBill; nada sale de esta página.",
    card: "Tarjeta", nameOnCard: "Nombre en la tarjeta", cardNumber: "Número de tarjeta", expiry: "Caducidad (MM / AA)",
    cvv2: "Código de seguridad", billing: "Facturación", firstName: "Nombre", lastName: "Apellido", address1: "Dirección",
    address2: "Segunda línea de la dirección", city: "Ciudad", state: "Estado o provincia", postalCode: "Código postal",
    country: "País", currencyCode: "Moneda", email: "Correo electrónico", phoneNumber: "Teléfono", pay: "Pagar",
    result: "Resultado", widgetCalls: "Llamadas que llegaron al widget sustituto:", choose: "Elija…",
    resultHint: "Pulse Pagar: createPaymentToken protegido lanza las violaciones, como haría el widget de CCBill, o deja pasar la llamada.",
    thrown: "El widget rechazaría esta llamada, por lo que se indica abajo; nada le llegó:", optional: "(opcional)",
    sent: "Válido: esta llamada llegó al widget sustituto:",
  },
  de: {
    title: "Bezahlen", language: "Sprache",
    intro: "Jedes Feld wird beim Verlassen mit den Regeln von CCBill geprüft, bevor etwas an CCBill geht.",
    standIn: "Nur Demo: Bezahlen ruft einen lokalen Ersatz für das Widget von CCBill auf. Das echte Widget wird aus dem CDN von CCBill geladen; nichts verlässt diese Seite.",
    card: "Karte", nameOnCard: "Name auf der Karte", cardNumber: "Kartennummer", expiry: "Ablaufdatum (MM / JJ)",
    cvv2: "Sicherheitscode", billing: "Rechnungsadresse", firstName: "Vorname", lastName: "Nachname", address1: "Adresse",
    address2: "Adresszeile 2", city: "Stadt", state: "Bundesland oder Region", postalCode: "Postleitzahl",
    country: "Land", currencyCode: "Währung", email: "E-Mail", phoneNumber: "Telefon", pay: "Bezahlen",
    result: "Ergebnis", widgetCalls: "Aufrufe, die das Ersatz-Widget erreicht haben:", choose: "Bitte wählen…",
    resultHint: "Drücken Sie Bezahlen: das geschützte createPaymentToken wirft die Verstöße, wie das Widget von CCBill, oder lässt den Aufruf durch.",
    thrown: "Das Widget würde diesen Aufruf wegen des unten Genannten ablehnen; nichts hat es erreicht:", optional: "(optional)",
    sent: "Gültig: dieser Aufruf ging an das Ersatz-Widget:",
  },
};
// German comes from its own module; "en" and "es" are built in. useLocales() lets <html lang="de">
// (which attach() and guard() read) name it.
useLocales(de);
const countries = ["US", "CA", "MX", "BR", "AR", "CO", "CL", "ES", "PT", "FR", "DE", "IT", "NL", "BE", "CH", "AT",
  "GB", "IE", "SE", "NO", "DK", "PL", "JP", "KR", "CN", "IN", "AU", "NZ", "ZA"];

const form = document.getElementById("payment");
const lang = document.getElementById("lang");
const country = document.getElementById("country");
const card = document.getElementById("cardNumber");
const brand = document.getElementById("card-brand");
const result = document.getElementById("result");
const callsShown = document.getElementById("widget-calls");
const locale = () => document.documentElement.lang;
const t = (key) => words[locale()][key];

await init();

// The stand-in's URL names no CCBill version, so the demo says which widget it stands in for:
// without it the version is unknown, and only what every version rejects is rejected.
const version = "1.13.1";
const feedback = attach(form, { args: { clientAccnum: 900000, clientSubacc: 0 }, version });
const standIn = new StandInWidget();
const widget = guard(standIn, { form, version });

function translate() {
  for (const el of document.querySelectorAll("[data-i18n]")) {
    el.textContent = t(el.dataset.i18n);
  }
  const names = new Intl.DisplayNames([locale()], { type: "region" });
  const chosen = country.value;
  country.replaceChildren(new Option(t("choose"), ""));
  countries
    .map((code) => [code, names.of(code)])
    .sort((a, b) => a[1].localeCompare(b[1], locale()))
    .forEach(([code, name]) => country.append(new Option(name, code)));
  country.value = chosen;
}

// What Pay showed last, so that a change of language shows it again in the new language.
let shown = null;

/**
 * The violations as the customer reads them: each message once (it names its field), one line for
 * the one expiry field the customer sees, whichever of expMonth and expYear the widget names.
 */
function showViolations(violations) {
  const list = document.createElement("ul");
  let expiry = false;
  for (const v of violations) {
    if (["expMonth", "expYear"].includes(v.propertyName)) {
      if (expiry) continue;
      expiry = true;
    }
    const item = document.createElement("li");
    // CCBill's documented handler reads the text the same way: item.message.split(".")[1].
    item.textContent = v.message.slice(v.message.indexOf(".") + 1);
    list.append(item);
  }
  const intro = document.createElement("p");
  intro.textContent = t("thrown");
  result.replaceChildren(intro, list);
}

function showSent(fields) {
  const safe = { ...fields, cardNumber: maskCardNumber(fields.cardNumber ?? ""), cvv2: undefined };
  const intro = document.createElement("p");
  intro.textContent = t("sent");
  const call = document.createElement("pre");
  call.textContent = `createPaymentToken("demo-oauth-token", 900000, 0, null, null, null, null)\n${JSON.stringify(safe, null, 2)}`;
  result.replaceChildren(intro, call);
}

function showResult() {
  if (shown?.violations) showViolations(shown.violations);
  else if (shown?.fields) showSent(shown.fields);
}

lang.addEventListener("change", () => {
  document.documentElement.lang = lang.value;
  translate();
  feedback.refresh();
  if (shown?.violations) shown.violations = feedback.validate(); // the messages, in the new language
  showResult();
});

card.addEventListener("input", () => {
  brand.textContent = cardBrand(card.value)?.name ?? "";
});

form.addEventListener("submit", (event) => {
  event.preventDefault();
  try {
    // CCBill's own call, as a merchant writes it; the guard reads the form and validates first.
    // attach() has already focused the first invalid field and announced the count.
    const pending = widget.createPaymentToken("demo-oauth-token", 900000, 0, null, null, null, null);
    shown = { fields: readForm(form) };
    showResult();
    pending.then(() => (callsShown.textContent = String(standIn.calls.length)));
  } catch (error) {
    if (!Array.isArray(error)) throw error;
    shown = { violations: error };
    showResult();
  }
});

translate();
// The reference tables (postal formats, states, phone lengths) follow the module; the page works
// without them, and the tests start once they are in (or could not be had).
tablesReady().then(() => (document.body.dataset.ready = "true"));
