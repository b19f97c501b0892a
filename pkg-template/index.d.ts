// Types of the package's entry (index.js: core.js, calls.js and dom.js). The shared types come from
// the wasm module's declarations: those that state the core's facts (calls, fields, codes, params,
// inputs) generated from Rust (src/facts.d.ts), the rest written in src/types.d.ts. calls.d.ts,
// the named validators, is generated from Rust too.
import type {
  BrandId, Catalog, CardBrand, CallName, ChargeInput, ThreedsChargeInput, FieldOptions, FieldValue, Input, InputOf,
  Options, PropertyName, BodyPath, Violation, WidgetCallName,
} from "./ccbill_validate.js";

export * from "./calls.js";
import type { CCBillWidgetCalls } from "./calls.js";

export type {
  BrandId,
  CallName,
  CardBrand,
  Catalog,
  ChargeField,
  ThreedsField,
  Code,
  FieldOptions,
  FieldValue,
  Input,
  Inputs,
  InputOf,
  Locale,
  Options,
  Params,
  ParamsOf,
  PropertyName,
  BodyPath,
  Target,
  Violation,
  ViolationOf,
  WidgetCallName,
} from "./ccbill_validate.js";

/** What `init()` can load the module from; by default the `.wasm` file next to the package. */
export type ModuleSource =
  | WebAssembly.Module
  | BufferSource
  | Response
  | Promise<Response>
  | Request
  | URL
  | string;

/**
 * Lets language tags (`options.locale`, `<html lang>`) name these catalogs too:
 * `useLocales(de)` with `import de from "ccbill-validate/locales/de"`. "en" and "es" always work.
 */
export function useLocales(...catalogs: Catalog[]): void;

/**
 * Where `init()` gets the reference tables (postal-code formats, states, phone lengths) from; by
 * default `ccbill_validate_tables.bin` next to the package.
 */
export type TablesSource = BufferSource | Response | Promise<Response> | Request | URL | string;

export interface InitOptions {
  /** The reference tables, when not next to the package. */
  tables?: TablesSource;
}

/**
 * Loads the wasm module; idempotent. Await it before calling any validator. It also starts
 * getting the reference tables, and resolves without waiting for them: until they are there, the
 * postal code, the state and the phone number are not checked against the country.
 */
export function init(module?: ModuleSource, options?: InitOptions): Promise<void>;

/**
 * Loads the module synchronously from a compiled `WebAssembly.Module` or its bytes; the validators
 * work at once after it. Browsers refuse synchronous compilation of large modules on the main
 * thread: give them a `WebAssembly.Module` there, or use `init()`.
 */
export function initSync(module: WebAssembly.Module | BufferSource, options?: InitOptions): void;

/**
 * `true` once the reference tables have loaded, `false` if they (or the module) could not be, or,
 * with `timeout` (milliseconds), are not there by then. Never rejects; it starts nothing.
 */
export function tablesReady(timeout?: number): Promise<boolean>;

/**
 * The violations of one call's input (its arguments and form fields under CCBill's names); `[]`
 * when valid. `validateCreatePaymentToken(input, options)` and its siblings are this call under
 * each call's name. Throws only a TypeError: for a call it does not know, a non-object input, or
 * a container of the fields in place of them (an array, a Map, a FormData, a URLSearchParams, an
 * element), its message naming the fix (`Object.fromEntries(...)`, `readForm(form)`).
 */
export function validate<C extends CallName>(call: C, input: InputOf<C>, options?: Options): Violation[];
/** One field's violations, for live feedback; `input` gives context (e.g. the expiry month). */
export function validateField(
  propertyName: PropertyName,
  value: FieldValue,
  input?: Input | null,
  options?: FieldOptions | null,
): Violation[];
/** `"411111******1111"` for a complete card number; all stars for anything else. */
export function maskCardNumber(cardNumber: string | number | null | undefined): string;
/** The brand of a card number, whole or partial (`"4"` is Visa), or `null`; for live formatting. */
export function cardBrand(cardNumber: string | number | null | undefined): CardBrand | null;

/** The fields CCBill's widget reads from the form (the others come as the calls' arguments). */
export const FORM_FIELDS: readonly PropertyName[];

/** Where a form is: a selector or the element; by default the whole document. */
export type FormRef = string | Element;

/** Custom field ids, as the widget's constructor takes them: `{ cardNumber: "cc-number" }`. */
export type FieldIds = Partial<Record<PropertyName, string>>;

/**
 * The page's fields as CCBill's widget collects them: per field the custom id, then
 * `data-ccbill="<name>"`, then id `_ccbillId_<name>`, on inputs, selects and textareas; the
 * first in document order when a step matches several. Fields not on the page are left out.
 */
export function readForm(form?: FormRef | null, options?: { fieldIds?: FieldIds }): Partial<Record<PropertyName, string>>;

/**
 * CCBill's Advanced Widget, as far as the guard needs to know it: the methods it checks, with
 * each version's arguments (generated from the core's signatures, calls.d.ts), and
 * `changeDefaultFieldId`.
 */
export interface CCBillWidget extends CCBillWidgetCalls {
  changeDefaultFieldId?(field: string, id: string): unknown;
}

export interface GuardOptions extends Options {
  /** Where the calls look fields up (authenticateCustomer's own `form` argument wins); default: the whole document. */
  form?: FormRef;
  /** Custom ids, as passed to the widget's constructor; `changeDefaultFieldId` through the guard adds to them. */
  fieldIds?: FieldIds;
  /**
   * The widget version ("1.13.1"); default: the one in CCBill's script URL on the page, else
   * unknown (only what every version rejects is rejected). Pass it when the URL is not on the page.
   */
  version?: string;
}

/**
 * The widget with its form-reading calls guarded, with its version's arguments: on any
 * violation they throw the violations array synchronously, as the widget does, without calling
 * it; otherwise they return its own result. A form field with no element on the page is not
 * `required` (CCBill's widget checks it); a call let through that way warns once per widget. A
 * call made before the reference tables have loaded is checked without them, never held.
 */
export function guard<W extends CCBillWidget>(widget: W, options?: GuardOptions): W;

/**
 * Whether `value` is the violations array a guarded call throws (a non-empty array of this
 * package's violations, each with its `code`): `catch (error) { if (isViolations(error)) ... }`
 * tells it from CCBill's own errors and anything else thrown.
 */
export function isViolations(value: unknown): value is Violation[];

/** CCBill's widget constructor: `new ccbill.CCBillAdvancedWidget(applicationId, customIds?)`. */
export interface CCBillWidgetConstructor {
  new (applicationId: string, customIds?: FieldIds | null): CCBillWidget;
}

/**
 * CCBill's global `ccbill`, set by its widget script (`js.ccbill.com/v…/ccbill-advanced-widget.js`),
 * as far as `install()` and `guard()` need it; v1 also named the constructor `MerchantConnectWidget`.
 */
export interface CCBill {
  CCBillAdvancedWidget: CCBillWidgetConstructor;
  MerchantConnectWidget?: CCBillWidgetConstructor;
}

declare global {
  interface Window {
    /** CCBill's global, once its widget script has run (`install()` with no argument waits for it). */
    ccbill?: CCBill;
  }
}

export interface InstallOptions extends GuardOptions {
  /** Where to load the wasm from, as `init` takes it. */
  module?: ModuleSource;
  /** Where to load the reference tables from, as `init()` takes them. */
  tables?: TablesSource;
}

/**
 * The one-line drop-in: wraps `ccbill.CCBillAdvancedWidget` (and v1's `ccbill.MerchantConnectWidget`)
 * so every widget the page makes is guarded, its constructor's custom ids known. With no `ccbill`
 * (or `undefined`) in a page it takes `window.ccbill`, now or as soon as CCBill's script sets it
 * (`defer`, `async`, injected later). Returns the module's loading promise; until it resolves the
 * widget's own checks apply. A `ccbill` that is not an object is a `TypeError`.
 */
export function install(ccbill?: CCBill | object | null, options?: InstallOptions): Promise<void>;

export interface AttachOptions extends FieldOptions {
  /** The call's arguments (e.g. `{ clientAccnum, clientSubacc }`) for `validate()`. */
  args?: Input;
  /** Custom ids, as the widget's constructor takes them; default: those of the page's guarded widgets. */
  fieldIds?: FieldIds;
  /** Card number grouping and autocomplete/inputmode/maxlength hints; default `true`. */
  format?: boolean;
  /** The live region that announces the error count; default: a `<p role="status" class="ccbill-status">` at the form's end. */
  status?: FormRef;
}

export interface AttachHandle {
  /** Checks the whole form, marks every field, and returns the violations; `[]` before the module has loaded. */
  validate(): Violation[];
  /** Checks again (e.g. after the page's language changed, or a script set a field's value). */
  refresh(): void;
  /** Removes the listeners, the elements and the attributes `attach` added; before set-up, cancels it. */
  detach(): void;
}

/**
 * Live feedback timed like `:user-invalid` (after a change and leaving the field, or a submit),
 * dependents re-checked together, `aria-invalid`, `setCustomValidity()` and an error element
 * outside the label (or the one `data-ccbill-error` names) linked by `aria-describedby`. On a
 * submit or a guarded call that throws: focus on the first invalid field and the count announced
 * in a live region. With `format` (default): card grouping on a visible field while a hidden twin
 * holds the digits the widget reads, a `data-ccbill-expiry` MM / YY field feeding expMonth and
 * expYear, and autocomplete/inputmode/maxlength hints. Locale: options, else `<html lang>`.
 * Fields are found as `guard` finds them (`fieldIds`, else the page's guarded widgets' custom ids).
 * Callable before `init()`: it sets itself up once the module has loaded. A failure inside it
 * undoes every change and throws nothing.
 */
export function attach(form: FormRef | null | undefined, options?: AttachOptions): AttachHandle;

/**
 * A field's state, in its `data-ccbill-state` attribute and its change event, timed as its error:
 * `invalid` exactly when its error shows; `empty`; `potentially-valid` when it is not valid but
 * its error does not show yet (being typed, or not yet changed and left); `valid`.
 */
export type FieldState = "empty" | "potentially-valid" | "valid" | "invalid";

/** The detail of `ccbill-validate:change`, dispatched on a field (it bubbles). Never the value. */
export interface FieldChangeDetail {
  /** The field's CCBill name, or `"expiry"` for the one `data-ccbill-expiry` field. */
  field: PropertyName | "expiry";
  state: FieldState;
  /** No violation (an empty optional field is valid). */
  valid: boolean;
  /** Valid, or can still become valid by typing more (`"4111"`), as card-validator's `isPotentiallyValid`. */
  potentiallyValid: boolean;
  /** The violation's code, or `null` when valid. */
  code: Code | null;
  /** The card number's brand (`null` while unknown); on the card number's event only. */
  brand?: BrandId | null;
}

/** The detail of `ccbill-validate:complete`, dispatched on the attached form (it bubbles). */
export interface FormCompleteDetail {
  /** Whether the whole call finds nothing wrong in the customer's fields, as Pay would. */
  complete: boolean;
}

declare global {
  interface HTMLElementEventMap {
    "ccbill-validate:change": CustomEvent<FieldChangeDetail>;
    "ccbill-validate:complete": CustomEvent<FormCompleteDetail>;
  }
  interface DocumentEventMap {
    "ccbill-validate:change": CustomEvent<FieldChangeDetail>;
    "ccbill-validate:complete": CustomEvent<FormCompleteDetail>;
  }
}

// Standard Schema (schema.js): a whole call's rules for form libraries and servers.
import type { StandardSchemaV1 } from "@standard-schema/spec";
import type { Code } from "./ccbill_validate.js";

export interface SchemaOptions<A = Input> extends Options {
  /** The call's own arguments (e.g. `{ clientAccnum, clientSubacc }`), validated with the value; they win over a field of that name. */
  args?: A;
}

/** An issue: the violation's sentence without the `propertyName.` prefix, its field as the path, and its code. */
export interface SchemaIssue extends StandardSchemaV1.Issue {
  readonly message: string;
  /** `[propertyName]`; absent only for `notAnObject`. */
  readonly path?: readonly [PropertyName];
  /** The violation's code; `notAnObject` when the value is not an object at all (e.g. a JSON body `null`). */
  readonly code: Code | "notAnObject";
  /** The violation's parameters, when it has any. */
  readonly params?: Readonly<Record<string, unknown>>;
}

export type SchemaResult<T> = StandardSchemaV1.SuccessResult<T> | { readonly issues: readonly SchemaIssue[] };

/**
 * A Standard Schema V1 object whose value (input and output: it is returned untouched) is `T`;
 * `validate` is synchronous once `init()` has resolved, a Promise before.
 */
export interface CallSchema<T> extends StandardSchemaV1<T, T> {
  readonly "~standard": Omit<StandardSchemaV1.Props<T, T>, "validate"> & {
    readonly validate: (value: unknown) => SchemaResult<T> | Promise<SchemaResult<T>>;
  };
}

/**
 * A Standard Schema V1 object for one call's rules, for TanStack Form, react-hook-form, VeeValidate,
 * Hono, tRPC, ... `T` types the value as your form's (e.g. `schema<typeof defaultValues>(...)`, which
 * TanStack Form needs); by default it is the call's input type.
 */
export function schema<T extends Input = Input>(call: WidgetCallName, options?: SchemaOptions<Input> | null): CallSchema<T>;
export function schema<T extends ChargeInput = ChargeInput>(
  call: "charge",
  options?: SchemaOptions<ChargeInput> | null,
): CallSchema<T>;
export function schema<T extends ThreedsChargeInput = ThreedsChargeInput>(
  call: "threedsCharge",
  options?: SchemaOptions<ThreedsChargeInput> | null,
): CallSchema<T>;
export function schema<C extends CallName>(call: C, options?: SchemaOptions<InputOf<C>> | null): CallSchema<InputOf<C>>;
/** A formatted value and where the caret goes in it. */
export interface Formatted {
  value: string;
  caret: number;
}

/**
 * The card number grouped by its brand's gaps, digits only, capped at the brand's longest length
 * (19 when unknown), with the caret (default: the end) kept after the same digit.
 */
export function formatCardNumber(value: string, caret?: number | null): Formatted;

/** One expiry field as `MM / YY` while typing (`1227` → `12 / 27`, `2` → `02 / `), the caret kept. */
export function formatExpiry(value: string, caret?: number | null): Formatted;

/** The widget's two expiry fields; `""` for a part not typed yet. */
export interface Expiry {
  expMonth: string;
  expYear: string;
}

/**
 * `MM/YY`, `MM / YYYY`, `MMYY` (or part of one) as the widget's `expMonth` and four-digit
 * `expYear`; two-digit years map into [now − 20, now + 79] (`expandYear`).
 */
export function parseExpiry(text: string, options?: { now?: Date | string | number }): Expiry;

/** The four-digit year ending in these two digits within [now − 20, now + 79] (UTC). */
export function expandYear(twoDigits: string, now?: Date | string | number): string;

/** Input hints for a field, as HTML attributes name them (`fieldProps` gives JSX's names). */
export interface FieldAttributes {
  autocomplete: string;
  inputMode?: "numeric" | "tel" | "email";
  maxLength?: number;
}

/** The hints for a CCBill field name, or `"expiry"` for one MM / YY field; `null` for fields nobody types. */
export function fieldAttributes(name: PropertyName | "expiry"): FieldAttributes | null;

/** The hints under JSX's names, to spread into an input: `<input {...fieldProps("cardNumber")} />`. */
export interface FieldProps {
  autoComplete: string;
  inputMode?: "numeric" | "tel" | "email";
  maxLength?: number;
}

/** `fieldAttributes` under JSX's names (React warns on `autocomplete`); `null` for fields nobody types. */
export function fieldProps(name: PropertyName | "expiry"): FieldProps | null;
