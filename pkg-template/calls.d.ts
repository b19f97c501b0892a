// Generated from the Rust core (src/facts.rs) by `make facts`: edit the Rust, never this file.
import type { Options, Violation, CreatePaymentTokenInput, IsScaRequiredInput, IsScaRequiredForPaymentTokenInput, AuthenticateCustomerInput, CreatePaymentToken3DSInput, AuthenticateCustomerAndCreatePaymentTokenInput, ChargeInput, ThreedsChargeInput, GetPaymentTokenInput, PaymentTokenThreedsRequiredInput, GetTransactionPaymentTokenInput, CreatePaymentTokenMerchantOnlyInput, CreatePaymentTokenMerchantOnlyVerifyInput, CreatePaymentTokenProgramSpecifiedInput, CreatePaymentTokenTargetClientInput, ThreedsRequiredInput } from "./ccbill_validate.js";

/** Each call's input type, under the call's name. */
export type { CreatePaymentTokenInput, IsScaRequiredInput, IsScaRequiredForPaymentTokenInput, AuthenticateCustomerInput, CreatePaymentToken3DSInput, AuthenticateCustomerAndCreatePaymentTokenInput, ChargeInput, ThreedsChargeInput, GetPaymentTokenInput, PaymentTokenThreedsRequiredInput, GetTransactionPaymentTokenInput, CreatePaymentTokenMerchantOnlyInput, CreatePaymentTokenMerchantOnlyVerifyInput, CreatePaymentTokenProgramSpecifiedInput, CreatePaymentTokenTargetClientInput, ThreedsRequiredInput };

/** The violations of `widget.createPaymentToken(...)` and the form it reads; `[]` when valid. Throws only a TypeError, for a non-object input. */
export function validateCreatePaymentToken(input: CreatePaymentTokenInput, options?: Options): Violation[];

/** The violations of `widget.isScaRequired(...)` and the form it reads; `[]` when valid. Throws only a TypeError, for a non-object input. */
export function validateIsScaRequired(input: IsScaRequiredInput, options?: Options): Violation[];

/** The violations of `widget.isScaRequiredForPaymentToken(...)` and the form it reads; `[]` when valid. Throws only a TypeError, for a non-object input. */
export function validateIsScaRequiredForPaymentToken(input: IsScaRequiredForPaymentTokenInput, options?: Options): Violation[];

/** The violations of `widget.authenticateCustomer(...)` and the form it reads; `[]` when valid. Throws only a TypeError, for a non-object input. */
export function validateAuthenticateCustomer(input: AuthenticateCustomerInput, options?: Options): Violation[];

/** The violations of `widget.createPaymentToken3DS(...)` and the form it reads; `[]` when valid. Throws only a TypeError, for a non-object input. */
export function validateCreatePaymentToken3DS(input: CreatePaymentToken3DSInput, options?: Options): Violation[];

/** The violations of `widget.authenticateCustomerAndCreatePaymentToken(...)` and the form it reads; `[]` when valid. Throws only a TypeError, for a non-object input. */
export function validateAuthenticateCustomerAndCreatePaymentToken(input: AuthenticateCustomerAndCreatePaymentTokenInput, options?: Options): Violation[];

/** The violations of `POST /transactions/payment-tokens/{paymentTokenId}`; `[]` when valid. Throws only a TypeError, for a non-object input. */
export function validateCharge(input: ChargeInput, options?: Options): Violation[];

/** The violations of `POST /transactions/payment-tokens/threeds/{paymentTokenId}`; `[]` when valid. Throws only a TypeError, for a non-object input. */
export function validateThreedsCharge(input: ThreedsChargeInput, options?: Options): Violation[];

/** The violations of `GET /payment-tokens/{paymentTokenId}`; `[]` when valid. Throws only a TypeError, for a non-object input. */
export function validateGetPaymentToken(input: GetPaymentTokenInput, options?: Options): Violation[];

/** The violations of `GET /payment-tokens/{paymentTokenId}/threeds-required`; `[]` when valid. Throws only a TypeError, for a non-object input. */
export function validatePaymentTokenThreedsRequired(input: PaymentTokenThreedsRequiredInput, options?: Options): Violation[];

/** The violations of `GET /transactions/payment-tokens/{paymentTokenId}`; `[]` when valid. Throws only a TypeError, for a non-object input. */
export function validateGetTransactionPaymentToken(input: GetTransactionPaymentTokenInput, options?: Options): Violation[];

/** The violations of `POST /payment-tokens/merchant-only`; `[]` when valid. Throws only a TypeError, for a non-object input. */
export function validateCreatePaymentTokenMerchantOnly(input: CreatePaymentTokenMerchantOnlyInput, options?: Options): Violation[];

/** The violations of `POST /payment-tokens/merchant-only-verify`; `[]` when valid. Throws only a TypeError, for a non-object input. */
export function validateCreatePaymentTokenMerchantOnlyVerify(input: CreatePaymentTokenMerchantOnlyVerifyInput, options?: Options): Violation[];

/** The violations of `POST /payment-tokens/program-specified`; `[]` when valid. Throws only a TypeError, for a non-object input. */
export function validateCreatePaymentTokenProgramSpecified(input: CreatePaymentTokenProgramSpecifiedInput, options?: Options): Violation[];

/** The violations of `POST /payment-tokens/target-client`; `[]` when valid. Throws only a TypeError, for a non-object input. */
export function validateCreatePaymentTokenTargetClient(input: CreatePaymentTokenTargetClientInput, options?: Options): Violation[];

/** The violations of `GET /payment-tokens/threeds-required`; `[]` when valid. Throws only a TypeError, for a non-object input. */
export function validateThreedsRequired(input: ThreedsRequiredInput, options?: Options): Violation[];

/** The methods of CCBill's widget that guard() checks, with every version's arguments (one overload each). */
export interface CCBillWidgetCalls {
  createPaymentToken(authToken: string, clientAccnum: number | string, clientSubacc: number | string, clearPaymentInfo?: boolean | null, clearCustomerInfo?: boolean | null, timeToLive?: number | string | null, numberOfUse?: number | string | null): Promise<Response>;
  isScaRequired(authToken: string, clientAccnum: number | string, clientSubacc: number | string, currencyCode: string | number): Promise<unknown>;
  isScaRequired(authToken: string, clientAccnum: number | string, clientSubacc: number | string): Promise<unknown>;
  isScaRequiredForPaymentToken(authToken: string, paymentTokenId: string, currencyCode: string | number): Promise<unknown>;
  isScaRequiredForPaymentToken(authToken: string, paymentTokenId: string): Promise<unknown>;
  authenticateCustomer(authToken: string, form?: string | Element | null, iframeId?: string | null, paymentTokenId?: string | null): unknown;
  authenticateCustomer(authToken: string, clientAccnum: number | string, clientSubacc: number | string, form?: string | Element | null, iframeId?: string | null, paymentTokenId?: string | null): unknown;
  authenticateCustomer(authToken: string, form: string | Element, clientAccnum: number | string, clientSubacc: number | string, iframeId?: string | null, paymentTokenId?: string | null): unknown;
  createPaymentToken3DS?(authToken: string, clientAccnum: number | string, clientSubacc: number | string): unknown;
  authenticateCustomerAndCreatePaymentToken?(authToken: string, clientAccnum: number | string, clientSubacc: number | string, form?: string | Element | null, iframeId?: string | null): unknown;
}
