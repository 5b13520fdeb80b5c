// Child process of the export: reads the delivery file's bytes on stdin as they are written, runs the checks,
// spiegelrapport and kerncijfers, and prints the result as JSON on stdout.
import { createInlineLineChecker, type LineCheckOptions } from "../lib/export/line-checks";

const checker = createInlineLineChecker(JSON.parse(process.argv[2]) as LineCheckOptions);
process.stdin.setEncoding("latin1");
for await (const chunk of process.stdin) checker.write(chunk as string);
const result = await checker.finish();
result.peakRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify(result));
