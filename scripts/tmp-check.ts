import fs from "node:fs";
import { createInlineLineChecker } from "../lib/export/line-checks";
const gem = fs.readFileSync("../shared/data/gemeenten_vt_regio_2025.csv", "utf8").split("\n").slice(1).map((l) => l.split(",")[0]).filter(Boolean);
const buf = fs.readFileSync(process.argv[2]);
for (let round = 0; round < 2; round++) {
  const checker = createInlineLineChecker({ jaar: 2025, halfjaar: 2, gemeenten: gem });
  const t = performance.now();
  for (let i = 0; i < buf.length; i += 122 * 537) checker.write(buf.subarray(i, Math.min(buf.length, i + 122 * 537)));
  const r = await checker.finish();
  console.log(`round ${round}: ${((performance.now() - t) / 1000).toFixed(2)} s, ${r.violations.length} violations`);
}
