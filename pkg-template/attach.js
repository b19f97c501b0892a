// attach(): live feedback on a form. This file holds its life (set up once the module has loaded,
// again when the page's custom ids change, undone on detach or on any failure of ours) and when a
// field's error shows; attach-fields.js finds and formats the fields, attach-announce.js says the
// errors, attach-states.js tells the page's styles and code each field's state, attach-changes.js
// undoes every change. Which fields depend on which is the core's (facts.js), and so is whether a
// value being typed can still become valid (validateField's `typing`).
import { cardBrand, validate, validateField } from "./core.js";
import { CALLS, DEFAULT_CALL, DEPENDENTS } from "./facts.js";
import { FORM_FIELDS, customIdsOf, learnedFieldIds, onFieldIds, readFields, rootOf } from "./fields.js";
import { pageVersion } from "./versions.js";
import { isLoaded, whenLoaded } from "./loaded.js";
import { tablesLoaded, tablesReady } from "./tables.js";
import { VIOLATIONS_EVENT, htmlLang, leftToWidget, messageText } from "./page.js";
import { changeLog } from "./attach-changes.js";
import { fieldRecords, isOurs, reformat, reformatAll } from "./attach-fields.js";
import { errorElement, statusRegion, statusText } from "./attach-announce.js";
import { publish, stateOf } from "./attach-states.js";

/**
 * Live feedback on a form, timed like CSS `:user-invalid`: a field shows its error once the
 * customer changed it and left it, or after a submit; while they type, the error clears as soon as
 * the value is valid, and a value that can still become valid is no error while the field has
 * focus. Dependent fields are re-checked with what they depend on. Each field gets
 * `aria-invalid`, `setCustomValidity()` and an error element (never inside a `<label>`; or the
 * element whose id its `data-ccbill-error` names) linked by `aria-describedby`. On a submit, or a
 * guarded call that throws, the first invalid field gets focus and a live region announces the
 * error count. With `format` (default), the card number is grouped by its brand's gaps while the
 * widget reads a hidden twin holding the digits, and fields get autocomplete/inputmode/maxlength
 * hints. One visible `MM / YY` input marked `data-ccbill-expiry` feeds hidden expMonth/expYear.
 * Fields are found as guard() finds them: `options.fieldIds`, else the custom ids the page's
 * guarded widgets were made with; a field added or removed later (a framework rendering after
 * attach) sets it up again. Each field carries `data-ccbill-state` and the form
 * `data-ccbill-complete`; `ccbill-validate:change` and `ccbill-validate:complete` events say when
 * they change. Called before the module loaded, it sets itself up once it has.
 * Nothing here can stop a sale: a failure undoes every change, leaving the form as the widget
 * reads it without us. Returns `{ validate(), refresh(), detach() }`; attaching a form again
 * replaces its earlier attach.
 */
export function attach(form, options = {}) {
  // The caller's mistakes are TypeErrors now; whatever fails later is ours, and is undone quietly.
  const root = rootOf(form, "attach");
  const version = pageVersion(options.version, "attach");
  const status = options.status == null ? null : rootOf(options.status, "attach");
  const page = root.ownerDocument ?? root;
  attachments.get(root)?.detach();

  const fieldIds = customIdsOf(options.fieldIds);
  const idsNow = () => ({ ...learnedFieldIds(page), ...fieldIds });
  let live = null; // the set-up form, once the module has loaded
  let ids = null; // the custom ids it was set up with
  let stopped = false;
  // What a set-up again keeps: each field's timing and last event, the form's last completeness.
  const memory = { fields: new WeakMap(), complete: undefined };
  const stop = () => {
    stopped = true;
    live = null;
    stopListening();
    observer?.disconnect();
    if (attachments.get(root) === handle) attachments.delete(root);
  };
  function start() {
    if (stopped || live) return;
    ids = idsNow();
    try {
      live = setUp(root, options, { version, ids, status, failed: stop, memory });
    } catch {
      stop(); // setUp has undone its changes
    }
    observer?.takeRecords(); // what the set-up itself added is no field of the page's
  }
  function again() {
    const was = live;
    live = null;
    was.detach();
    start();
  }
  // A widget made (or a changeDefaultFieldId) after the set-up may name other fields: set up again.
  const stopListening = onFieldIds(page, () => {
    if (!live) return;
    const next = idsNow();
    if (FORM_FIELDS.every((name) => next[name] === ids[name])) return;
    again();
  });
  // A field added or removed after the set-up (React rendering after attach(), a step of the
  // checkout shown later): set up again. Our own elements (twins, error elements, the status
  // region) hold no field of the merchant's and are not a reason, and each set-up drops the
  // records of its own changes, so it cannot trigger itself.
  const observer =
    typeof MutationObserver === "function"
      ? new MutationObserver((mutations) => {
          try {
            if (live && mutations.some(changesFields)) again();
          } catch {
            handle.detach();
          }
        })
      : null;
  observer?.observe(root, { childList: true, subtree: true });
  // An error of ours in validate() or refresh() undoes attach(), as one in a listener does.
  const attempt = (fn) => {
    try {
      return fn();
    } catch {
      handle.detach();
      return undefined;
    }
  };
  const handle = {
    /** Checks the whole form and shows every error; `[]` before the module loaded (nothing checked). */
    validate() {
      const call = options.call ?? DEFAULT_CALL;
      if (!Object.hasOwn(CALLS, call)) throw new TypeError("attach: validate() takes options.call of one of the calls");
      return attempt(() => live?.validate()) ?? [];
    },
    /** Checks again, e.g. after the page's language changed or a script set a field's value. */
    refresh() {
      attempt(() => live?.refresh());
    },
    /** Removes the listeners, the elements and the attributes `attach` added; before set-up, cancels it. */
    detach() {
      const was = live;
      stop();
      was?.detach();
    },
  };
  attachments.set(root, handle);
  if (isLoaded()) start();
  else whenLoaded().then(start);
  return handle;
}

/** The attach() handle of each form, so attaching it again replaces the first (no second twin). */
const attachments = new WeakMap();

const FIELD_SELECTOR = "input, select, textarea";
/** Whether a mutation added or removed a field of the page's (or an element holding one). */
function changesFields(mutation) {
  for (const list of [mutation.addedNodes, mutation.removedNodes]) {
    for (const node of list) {
      if (node.nodeType !== 1 || isOurs(node)) continue;
      if (node.matches(FIELD_SELECTOR) || node.querySelector(FIELD_SELECTOR)) return true;
    }
  }
  return false;
}

/**
 * attach()'s work on a loaded module: finds the fields, adds what it adds, and listens. A failure,
 * now or in a listener later, undoes everything (then `failed()`); at set-up it is rethrown.
 */
function setUp(root, options, { version, ids, status: given, failed, memory }) {
  const locale = () => options.locale ?? htmlLang();
  const call = options.call ?? DEFAULT_CALL;
  const page = root.ownerDocument ?? root;
  const log = changeLog(failed);
  let reporting = null;
  let submitting = null;

  try {
    const records = fieldRecords(root, { now: options.now, format: options.format !== false, ids, log });
    // A field set up before (attach() sets up again when fields come or go) keeps its timing.
    for (const r of records) {
      const before = memory.fields.get(r.input);
      if (before) for (const key of ["interacted", "dirty", "forced", "published"]) r[key] = before[key];
      memory.fields.set(r.input, r);
    }
    const byInput = new Map(records.map((r) => [r.input, r]));
    const byName = new Map(records.flatMap((r) => r.names.map((n) => [n, r])));
    const cardRecord = byName.get("cardNumber");
    const syncAll = () => records.forEach((r) => r.sync());
    const status = statusRegion(root, given, log);
    // The form's completeness goes on the form (on <html> when attached to the whole document).
    const host = root.nodeType === Node.DOCUMENT_NODE ? root.documentElement : root;

    // Every error element exists from the start, empty: one that appeared on blur would push the
    // page down under the pointer, and a click on Pay could land beside the button.
    for (const r of records) errorElement(r, log);

    // Undone first (steps run last first): each field's validity message, set by every render().
    for (const r of records) log.onUndo(() => r.input.setCustomValidity(""));

    // Set up late (the module loaded while the customer typed), the field in use is known.
    let focused = page.activeElement ?? null;

    /**
     * Checks every field (cheap: microseconds each) and shows what the timing allows, as CSS
     * `:user-invalid` does: a field's error shows once the customer changed it and left it
     * (`interacted`), or after a submit (`forced`); in the field being typed in, an error that
     * typing more can fix is none yet ("4111"): the core says which (validateField's `typing`).
     */
    function render(quiet = false) {
      const context = { ...readFields(root, ids), ...options.args };
      const opts = { locale: locale(), now: options.now, call, version };
      for (const r of records) {
        r.violation = null;
        r.potential = false;
        r.pending = false;
        for (const name of r.names) {
          const value = r.sources[name].value;
          const [found] = validateField(name, value, context, opts);
          if (found) {
            r.violation = found;
            // What typing more can fix: no error yet in the field being typed in, and the
            // events' `potentiallyValid` (card-validator's isPotentiallyValid) for every field.
            r.potential = validateField(name, value, context, { ...opts, typing: true }).length === 0;
            r.pending = r.potential && !r.forced && focused === r.input;
            break;
          }
        }
        r.input.setCustomValidity(r.violation ? messageText(r.violation) : "");
        const shown = r.interacted && !r.pending ? r.violation : null;
        r.state = stateOf(r, shown);
        if (!r.interacted) continue;
        errorElement(r, log).textContent = shown ? messageText(shown) : "";
        log.setAttr(r.input, "aria-invalid", shown ? "true" : "false");
      }
      if (cardRecord) {
        const brand = cardBrand(cardRecord.sources.cardNumber.value);
        cardRecord.brand = brand ? brand.brand : null;
        log.setAttr(cardRecord.input, "data-card-brand", cardRecord.brand);
      }
      // Complete when the whole call has nothing to say about the customer's fields: what
      // validate() and a guarded Pay would find, so a Pay enabled by it is not refused.
      const whole = validate(call, context, { locale: opts.locale, now: opts.now, version });
      const found = leftToWidget(whole, context, []).kept;
      publish(records, host, !found.some((v) => FORM_FIELDS.includes(v.propertyName)), log, memory, quiet);
      // Every error fixed: the count said on Pay is no longer true. Cleared, not re-counted: a
      // live region speaks each new text, and a count read out at every fix would be noise.
      if (status.textContent !== "" && !records.some((r) => r.state === "invalid")) status.textContent = "";
    }

    // A submit or a guarded call that threw: every field shows its error, the first invalid one
    // gets focus, and the count is announced once (calls within one task are one report). The
    // browser's own validation (a form without `novalidate`) fires `invalid` instead of `submit`,
    // and focuses the field itself. `invalid` counts only after a click on a submit button (Enter
    // in a field clicks it too): a script's `checkValidity()`, e.g. to enable Pay, shows nothing.
    // A form with `novalidate` (or a `formnovalidate` button) gets no browser validation: its
    // `invalid` events come from a script's checkValidity() in the page's submit handler.
    let submitter = null;
    const onClick = (event) => {
      const button = event.target.closest?.("button, input");
      if (button?.type !== "submit") return;
      log.cancel(submitting);
      submitter = button;
      submitting = log.later(() => (submitting = null));
    };
    const onInvalid = (event) => {
      if (submitting && !submitter.formNoValidate && !submitter.form?.noValidate) report(event);
    };
    function report(event) {
      for (const r of records) {
        r.interacted = true;
        r.forced = true;
      }
      render();
      const invalid = records
        .filter((r) => r.violation)
        .sort((a, b) => (a.input.compareDocumentPosition(b.input) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      if (invalid.length === 0 || reporting) return;
      if (event?.type !== "invalid") invalid[0].input.focus();
      status.textContent = ""; // cleared first, so the same count is announced again
      reporting = log.later(() => {
        reporting = null;
        const count = records.filter((r) => r.violation).length;
        if (count) status.textContent = statusText(locale(), count);
      });
    }

    // A value that arrives in a field without focus (the browser's autofill, several fields at
    // once; a password manager) is no value being typed: nobody will leave the field, so it counts
    // as changed and left, and shows its error at once, as a typed value does on leaving.
    const onInput = (event) => {
      const r = byInput.get(event.target);
      if (!r) return;
      r.sync(); // first: whatever fails next, the widget reads what the customer typed
      if (r.format) {
        reformat(r, event);
        r.sync();
      }
      r.dirty = true;
      r.forced = false;
      if (focused !== r.input) r.interacted = true;
      render();
    };
    const onChange = (event) => {
      const r = byInput.get(event.target);
      if (!r) return;
      r.sync();
      // Some autofill (and scripts) send `change` alone: the text is formatted as `input` does.
      if (r.format && r.format(r.input.value).value !== r.input.value) {
        reformat(r, event);
        r.sync();
      }
      r.dirty = true;
      if (r.input.tagName === "SELECT" || focused !== r.input) r.interacted = true;
      // What depends on this field and already holds a value is checked and shown again.
      for (const dependent of r.names.flatMap((n) => DEPENDENTS[n] ?? [])) {
        const d = byName.get(dependent);
        if (d && d !== r && d.sources[dependent].value.trim() !== "") d.interacted = true;
      }
      render();
    };
    const onFocusIn = (event) => {
      focused = event.target;
    };
    const onFocusOut = (event) => {
      focused = null;
      const r = byInput.get(event.target);
      if (!r) return;
      if (r.dirty) r.interacted = true;
      render();
    };
    log.listen(root, "input", onInput);
    log.listen(root, "change", onChange);
    log.listen(root, "focusin", onFocusIn);
    log.listen(root, "focusout", onFocusOut);
    log.listen(root, "submit", report);
    log.listen(root, VIOLATIONS_EVENT, report);
    // A guard() with no form (install(), or a call that takes none) searched the whole page.
    if (page !== root) log.listen(page, VIOLATIONS_EVENT, (event) => event.target === page && report(event));
    log.listen(root, "click", onClick, true);
    log.listen(root, "invalid", onInvalid, true); // `invalid` does not bubble
    // Before any Pay handler runs, the twins catch up with a value a script set without an event.
    log.listen(page, "click", syncAll, true);
    log.listen(page, "submit", syncAll, true);
    // The first set-up's events wait a task, for a listener added on the line after attach().
    const first = memory.complete === undefined;
    render(first);
    if (first) log.later(() => render());
    // Until the reference tables are in, what they check passes (a postal code wrong for its
    // country); once they are, each field is checked again and shows what the timing allows.
    if (!tablesLoaded()) log.after(tablesReady(), (loaded) => loaded && render());

    return {
      validate() {
        for (const r of records) {
          r.interacted = true;
          r.forced = true;
        }
        render();
        const input = { ...readFields(root, ids), ...options.args };
        return leftToWidget(validate(call, input, { locale: locale(), now: options.now, version }), input, []).kept;
      },
      refresh() {
        records.forEach(reformatAll);
        render();
        // The count shown, in the page's language now (refresh() follows a change of <html lang>).
        const shown = records.filter((r) => r.state === "invalid").length;
        if (status.textContent !== "" && shown) status.textContent = statusText(locale(), shown);
      },
      detach: log.teardown,
    };
  } catch (error) {
    log.teardown();
    throw error;
  }
}
