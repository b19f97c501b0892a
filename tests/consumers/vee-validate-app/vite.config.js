import { defineConfig } from "vite";
import vue from "@vitejs/plugin-vue";

// base "./": the test serves each app's build under its own path.
export default defineConfig({ base: "./", plugins: [vue()] });
