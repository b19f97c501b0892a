// React + TanStack Form: the call's schema is the form's validator; each issue lands on its field.
import { useState } from "react";
import { createRoot } from "react-dom/client";
import { useForm } from "@tanstack/react-form";
import { init, schema } from "ccbill-validate";

await init(); // before the first render: from then on the schema validates synchronously

const checkout = schema("createPaymentToken", { locale: "es", args: { clientAccnum: 900000, clientSubacc: 0 } });
const fields = ["nameOnCard", "cardNumber", "expMonth", "expYear", "cvv2", "firstName", "lastName", "country", "postalCode", "email"];

function Checkout() {
  const [sent, setSent] = useState(null);
  const form = useForm({
    defaultValues: Object.fromEntries(fields.map((name) => [name, ""])),
    validators: { onSubmit: checkout },
    onSubmit: ({ value }) => setSent(value),
  });
  return (
    <form onSubmit={(event) => { event.preventDefault(); form.handleSubmit(); }}>
      {fields.map((name) => (
        <form.Field key={name} name={name}>
          {(field) => (
            <p>
              <label htmlFor={name}>{name}</label>
              <input id={name} value={field.state.value} onChange={(e) => field.handleChange(e.target.value)} />
              {field.state.meta.errors.map((issue) => (
                <span className="error" data-code={issue.code} key={issue.code}>{issue.message}</span>
              ))}
            </p>
          )}
        </form.Field>
      ))}
      <button type="submit">Pagar</button>
      {sent && <output>{JSON.stringify(sent)}</output>}
    </form>
  );
}

createRoot(document.getElementById("app")).render(<Checkout />);
