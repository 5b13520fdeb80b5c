import path from "node:path";
import { defineConfig } from "vitest/config";
import { TEST_NOW } from "./lib/testing/test-clock";

// unit: pure rules beside the code (*.test.ts). integration: real database (*.int.test.ts), on a fresh
// in-memory PGlite per file, or on a fresh database of the PostgreSQL server in DATABASE_URL.
const alias = {
  "@": path.resolve(import.meta.dirname, "."),
  "server-only": path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts"),
};
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["lib/**/*.int.test.ts", "scripts/**/*.int.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // Keys of the tests' own (also on PostgreSQL, where the app runs in production mode).
          env: {
            VT_TEST_CLOCK: TEST_NOW,
            NEXTAUTH_SECRET: "integration-test-secret-0123456789abcdef",
            AUDIT_HMAC_KEY: "integration-test-audit-key-0123456789abcdef",
          },
        },
      },
    ],
  },
});
