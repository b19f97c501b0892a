// Compiled with `tsc --strict` by the test: in TypeScript, schema<Values>() types the value as the
// form's, which TanStack Form's validators require.
import { useForm } from "@tanstack/react-form";
import { schema } from "ccbill-validate";

const defaultValues = { cardNumber: "", expMonth: "", expYear: "" };
const checkout = schema<typeof defaultValues>("createPaymentToken", { locale: "es", args: { clientAccnum: 900000, clientSubacc: 0 } });

export function useCheckout() {
  const form = useForm({ defaultValues, validators: { onSubmit: checkout } });
  return form.state.errors;
}
