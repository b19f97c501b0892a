// What attach() tells the page's styles and code about each field and the form: a state attribute
// per field (`data-ccbill-state`), a completeness attribute on the form (`data-ccbill-complete`),
// and events when either changes. Nothing here carries a value: a card number or CVV must never
// reach an attribute or an event a page's analytics could read.
import { CHANGE_EVENT, COMPLETE_EVENT } from "./page.js";

/**
 * The record's state, timed as its error is: `invalid` exactly when its error shows (so the
 * styles and the message agree), `empty` when it holds nothing, `potentially-valid` when it is
 * wrong but its error does not show yet (being typed, or not yet changed and left), else `valid`.
 */
export function stateOf(r, shown) {
  if (shown) return "invalid";
  if (r.input.value.trim() === "") return "empty";
  return r.violation ? "potentially-valid" : "valid";
}

/**
 * Writes each record's state and the form's completeness, then dispatches an event for each that
 * changed since the last time (every one at set-up): `ccbill-validate:change` on the field, which
 * bubbles, and `ccbill-validate:complete` on the form. Attributes first, events after, so a
 * listener reads a page that is already in step. `memory` outlives a set-up (attach() sets up
 * again when fields come or go), so only a real change is an event. `quiet` writes the
 * attributes only (attach()'s first set-up dispatches in a later task: a page's listener added
 * on the line after attach() still hears the first state).
 */
export function publish(records, host, complete, log, memory, quiet = false) {
  const events = [];
  for (const r of records) {
    log.setAttr(r.input, "data-ccbill-state", r.state);
    const detail = {
      field: r.hint ?? r.names[0],
      state: r.state,
      valid: !r.violation,
      potentiallyValid: !r.violation || r.potential,
      code: r.violation?.code ?? null,
    };
    if (r.names.includes("cardNumber")) detail.brand = r.brand ?? null;
    if (quiet) continue;
    const key = JSON.stringify(detail);
    if (key === r.published) continue;
    r.published = key; // before dispatching: a listener that calls refresh() must not loop
    events.push([r.input, CHANGE_EVENT, detail]);
  }
  log.setAttr(host, "data-ccbill-complete", String(complete));
  if (quiet) return;
  if (memory.complete !== complete) events.push([host, COMPLETE_EVENT, { complete }]);
  memory.complete = complete;
  // A page listener that throws is reported by the browser and cannot undo attach(): dispatchEvent
  // does not rethrow it.
  for (const [target, type, detail] of events) target.dispatchEvent(new CustomEvent(type, { bubbles: true, detail }));
}
