import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// base "./": the test serves each app's build under its own path.
export default defineConfig({ base: "./", plugins: [react()] });
