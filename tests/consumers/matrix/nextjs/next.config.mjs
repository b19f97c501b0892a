// The cell sits inside this repository, which has lockfiles of its own: name the project's root.
import { fileURLToPath } from "node:url";

export default { turbopack: { root: fileURLToPath(new URL(".", import.meta.url)) } };
