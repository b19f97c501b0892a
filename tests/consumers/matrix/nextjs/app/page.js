import Field from "./field.js";

export default function Page() {
  return <Field />;
}
