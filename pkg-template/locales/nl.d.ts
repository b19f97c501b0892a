// The default export of every `ccbill-validate/locales/<tag>` module: a catalog, passed as `options.locale`.
import type { Catalog } from "../index.js";
declare const catalog: Catalog;
export default catalog;
