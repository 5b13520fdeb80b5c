// npm run audit:verify: verifies every chain of the audit log with AUDIT_HMAC_KEY; exits 1 and names the first
// broken event when an event was altered, removed or inserted. Prints the head of each chain, for the record of
// whoever runs it periodically (README: Production).
import { getPrisma, closePrisma } from "../lib/db/client";
import { verifyAuditChain } from "../lib/auth/audit-verify";

const r = await verifyAuditChain(getPrisma());
await closePrisma();
if (r.ok) {
  console.log(`audit log intact: ${r.checked} events, every chain verified`);
  for (const c of r.afgekapt)
    console.log(`  cut before ${c.tot.slice(0, 10)}: ${c.verwijderd} older events removed (npm run audit:onderhoud)`);
  for (const [chain, head] of Object.entries(r.heads))
    console.log(`  chain ${chain}: ${r.events[Number(chain)] ?? 0} events, head ${head}`);
  process.exit(0);
}
const WHAT = {
  altered: "content altered, or hashed without the key",
  broken_link: "chain link broken: an event removed or inserted before it",
  head_mismatch:
    "the chain's recorded head (audit_kop) is not this event of the chain: its newest events removed, or the head altered",
} as const;
const first = r.problems[0];
console.error(
  `audit log NOT intact: first broken event ${first.id} in chain ${first.chain ?? "(old, unkeyed)"} (${WHAT[first.problem]})`,
);
console.error(`${r.problems.length} problem(s) in ${r.checked} events:`);
for (const p of r.problems.slice(0, 20)) console.error(`  event ${p.id} (chain ${p.chain ?? "old"}): ${p.problem}`);
process.exit(1);
