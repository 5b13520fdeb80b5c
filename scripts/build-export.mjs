// Bundles the export command and its checking thread into plain JavaScript (.build/export/), so that
// `npm run export` runs on Node alone: no TypeScript loader in either thread, and the export's memory is the
// export's own (docs/decisions/009). Takes a fraction of a second, so it simply runs before every export.
import { build } from "esbuild";

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
  tsconfig: "tsconfig.json",
};
await Promise.all([
  // The bundled line-checks.ts starts the bundled thread beside it instead of the TypeScript one.
  build({
    ...common,
    entryPoints: ["scripts/export.ts"],
    outfile: ".build/export/export.mjs",
    define: { __CHECK_THREAD_BUNDLE__: JSON.stringify("./check-thread.mjs") },
  }),
  build({ ...common, entryPoints: ["lib/export/checks/check-thread.ts"], outfile: ".build/export/check-thread.mjs" }),
]);
