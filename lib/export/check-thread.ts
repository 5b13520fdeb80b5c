// The checking worker thread: takes the delivery file's text in chunks as it is written, runs the checks,
// spiegelrapport and kerncijfers (createInlineLineChecker), acknowledges each chunk so the writer never runs
// far ahead, and posts the result at the end.
import { parentPort, workerData } from "node:worker_threads";
import { createInlineLineChecker, type FromChecker, type LineCheckOptions, type ToChecker } from "./line-checks";

const port = parentPort!;
const checker = createInlineLineChecker((workerData as { options: LineCheckOptions }).options);
port.on("message", (m: ToChecker) => {
  if ("chunk" in m) {
    checker.write(m.chunk);
    port.postMessage({ ack: true } satisfies FromChecker);
    return;
  }
  void checker.finish().then((result) => {
    port.postMessage({ result } satisfies FromChecker);
    port.close();
  });
});
