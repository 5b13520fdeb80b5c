// npm run audit:verify: checks the hash chain of the audit log; exits 1 when any row was altered or removed.
import { getPrisma, closePrisma } from "../lib/db/client";
import { verifyAuditChain } from "../lib/auth/audit-verify";

const r = await verifyAuditChain(getPrisma());
await closePrisma();
if (r.ok) {
  console.log(`audit log intact: ${r.checked} events, chain verified`);
  process.exit(0);
}
console.error(`audit log NOT intact: ${r.problems.length} problem(s) in ${r.checked} events`);
for (const p of r.problems.slice(0, 20))
  console.error(
    `  event ${p.id}: ${p.problem === "altered" ? "content altered" : "chain link broken (row removed or inserted)"}`,
  );
process.exit(1);
