import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "generated/**",
      ".next/**",
      ".next-*/**",
      ".build/**",
      ".data/**",
      "node_modules/**",
      "next-env.d.ts",
      "test-results/**",
      "test-results-*/**",
    ],
  },
  { rules: { "@typescript-eslint/no-explicit-any": "warn" } },
];
