import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "app/**/*.test.ts", "e2e/*.test.ts", "e2e/security/**/*.test.ts", "e2e/drills/**/*.test.ts"],
    environment: "node",
    // The security log of code under test goes nowhere (lib/security-log.test.ts tests the lines).
    env: { SECURITY_LOG: "/dev/null" },
    pool: "forks",
  },
});
