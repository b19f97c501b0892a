// React + react-hook-form: the call's schema through @hookform/resolvers' standardSchemaResolver.
import { useState } from "react";
import { createRoot } from "react-dom/client";
import { useForm } from "react-hook-form";
import { standardSchemaResolver } from "@hookform/resolvers/standard-schema";
import { init, schema } from "ccbill-validate";

await init(); // before the first render: from then on the schema validates synchronously

const checkout = schema("createPaymentToken", { locale: "es", args: { clientAccnum: 900000, clientSubacc: 0 } });
const fields = ["nameOnCard", "cardNumber", "expMonth", "expYear", "cvv2", "firstName", "lastName", "country", "postalCode", "email"];

function Checkout() {
  const [sent, setSent] = useState(null);
  const { register, handleSubmit, formState: { errors } } = useForm({ resolver: standardSchemaResolver(checkout) });
  return (
    <form onSubmit={handleSubmit(setSent)}>
      {fields.map((name) => (
        <p key={name}>
          <label htmlFor={name}>{name}</label>
          <input id={name} {...register(name)} />
          {errors[name] && <span className="error">{errors[name].message}</span>}
        </p>
      ))}
      <button type="submit">Pagar</button>
      {sent && <output>{JSON.stringify(sent)}</output>}
    </form>
  );
}

createRoot(document.getElementById("app")).render(<Checkout />);
