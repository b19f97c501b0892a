"use client";
// A client component: the card number checked live, as the merchant types, and the whole form
// once the module has loaded (the package's "browser" entry, the .wasm an asset of the build).
import { useEffect, useState } from "react";
import * as v from "ccbill-validate";
import { check } from "../check.js";

export default function Field() {
  const [result, setResult] = useState();
  const [error, setError] = useState("");
  useEffect(() => {
    v.init().then(
      async () => setResult(JSON.stringify(await check(v))),
      (e) => setResult(JSON.stringify({ error: String(e) })),
    );
  }, []);
  const onChange = (event) => setError(v.validateField("cardNumber", event.target.value).map((x) => x.code).join(","));
  return (
    <form data-result={result}>
      <input id="cardNumber" name="cardNumber" disabled={!result} onChange={onChange} />
      <output id="cardNumber-error">{error}</output>
    </form>
  );
}
