// The checking worker thread: takes the delivery file's text in chunks as it is written, runs the checks,
// spiegelrapport and kerncijfers (createInlineLineChecker), acknowledges chunks (in groups) so the writer never
// runs far ahead, and posts the result at the end.
import { parentPort, workerData } from "node:worker_threads";
import {
  ACK_EVERY,
  createInlineLineChecker,
  type FromChecker,
  type LineCheckOptions,
  type ToChecker,
} from "./line-checks";

const port = parentPort!;
const checker = createInlineLineChecker((workerData as { options: LineCheckOptions }).options);
let unacknowledged = 0;
port.on("message", (m: ToChecker) => {
  if ("chunk" in m) {
    checker.write(m.chunk);
    if (++unacknowledged === ACK_EVERY) {
      port.postMessage({ ack: unacknowledged } satisfies FromChecker);
      unacknowledged = 0;
    }
    return;
  }
  void checker.finish().then((result) => {
    port.postMessage({ result } satisfies FromChecker);
    port.close();
  });
});
