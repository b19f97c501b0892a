import { createApp } from "vue";
import { init } from "ccbill-validate";
import Checkout from "./Checkout.vue";

await init(); // before mounting: from then on the schema validates synchronously
createApp(Checkout).mount("#app");
