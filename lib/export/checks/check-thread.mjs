// Entry of the checking worker thread (line-checks.ts). Plain JavaScript, so it starts without a TypeScript
// loader in the parent (the Next.js server has none): it registers tsx for this thread, then loads the checks.
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.entry);
