// Types of the package's entry (index.js). The shared types come from the
// wasm module's generated declarations, written by hand in src/types.d.ts.
import type { CardBrand, FieldOptions, FieldValue, Input, Options, PropertyName, Violation } from "./ccbill_validate.js";

export type {
  BrandId,
  CallName,
  CardBrand,
  Code,
  FieldOptions,
  FieldValue,
  Input,
  Locale,
  Options,
  PropertyName,
  Target,
  Violation,
} from "./ccbill_validate.js";

/** What `init()` can load the module from; by default the `.wasm` file next to the package. */
export type ModuleSource =
  | WebAssembly.Module
  | BufferSource
  | Response
  | Promise<Response>
  | URL
  | string;

/** Loads the wasm module; idempotent. Await it before calling any validator. */
export function init(module?: ModuleSource): Promise<void>;

/** The violations of `widget.createPaymentToken(...)` and its form; `[]` when valid. Throws only a TypeError, for a non-object input. */
export function validateCreatePaymentToken(input: Input, options?: Options): Violation[];
/** The violations of `widget.isScaRequired(...)` and its form. */
export function validateIsScaRequired(input: Input, options?: Options): Violation[];
/** The violations of `widget.isScaRequiredForPaymentToken(...)` and its form. */
export function validateIsScaRequiredForPaymentToken(input: Input, options?: Options): Violation[];
/** The violations of `widget.authenticateCustomer(...)` and its form. */
export function validateAuthenticateCustomer(input: Input, options?: Options): Violation[];
/** One field's violations, for live feedback; `input` gives context (e.g. the expiry month). */
export function validateField(
  propertyName: PropertyName,
  value: FieldValue,
  input?: Input | null,
  options?: FieldOptions | null,
): Violation[];
/** `"411111******1111"` for a complete card number; all stars for anything else. */
export function maskCardNumber(cardNumber: string): string;
/** The brand of a card number, whole or partial (`"4"` is Visa), or `null`; for live formatting. */
export function cardBrand(cardNumber: string): CardBrand | null;
