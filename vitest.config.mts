import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside Next's server bundle; tests run server code directly.
      "server-only": path.resolve(import.meta.dirname, "tests/server-only-stub.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // postgres.js 3.4.9 writes to a socket it has already dropped when a backend dies inside a
    // transaction (porsager/postgres#1154, #1208) and throws outside any promise; the pool-recovery
    // fault test provokes exactly that. Only this error is let through; db/client.ts explains the recovery.
    onUnhandledError: (error) => !(error.message === "Cannot read properties of null (reading 'write')" && /postgres[\\/]src[\\/]connection\.js/.test(error.stack ?? "")),
  },
});
