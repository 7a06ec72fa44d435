import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "app/**/*.test.ts", "e2e/security/**/*.test.ts", "e2e/drills/**/*.test.ts"],
    environment: "node",
    pool: "forks",
  },
});
