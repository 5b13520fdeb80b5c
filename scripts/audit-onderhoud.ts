// npm run audit:onderhoud [-- --bewaar-jaren 5 --vooruit 12 --vandaag JJJJ-MM-DD]: the audit log's maintenance, as the
// owner of the tables (MAINTENANCE_DATABASE_URL, else DATABASE_URL; the app's role vt_app may not do this). Makes
// the monthly partitions ahead and removes whole months older than the retention, recording the cut so that
// `npm run audit:verify` still verifies what remains (docs/decisions/019). Run it monthly.
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { "bewaar-jaren": { type: "string" }, vooruit: { type: "string" }, vandaag: { type: "string" } },
});
if (process.env.MAINTENANCE_DATABASE_URL) process.env.DATABASE_URL = process.env.MAINTENANCE_DATABASE_URL;
const { getPrisma, closePrisma } = await import("../lib/db/client");
const { auditOnderhoud, AUDIT_BEWAAR_MIN_JAREN } = await import("../lib/auth/audit-onderhoud");
const { parseIsoDate } = await import("../lib/domain/dates");

const bewaarJaren = Number(values["bewaar-jaren"] ?? AUDIT_BEWAAR_MIN_JAREN);
const vooruit = Number(values.vooruit ?? 12);
const vandaag = values.vandaag ? parseIsoDate(values.vandaag) : new Date();
if (!vandaag || !Number.isInteger(vooruit) || vooruit < 1 || vooruit > 60) {
  console.error("Gebruik: --bewaar-jaren N (≥ 5) --vooruit M (1–60 maanden) --vandaag JJJJ-MM-DD");
  process.exit(2);
}
try {
  const r = await auditOnderhoud(getPrisma(), { vandaag, bewaarJaren, vooruit });
  console.log(`Maanden klaar tot en met ${r.vooruit.at(-1)} (${r.vooruit.length} gecontroleerd).`);
  if (r.maanden.length === 0) console.log(`Niets te verwijderen van vóór ${r.tot.slice(0, 10)}.`);
  else
    console.log(
      `Verwijderd: ${r.verwijderd} gebeurtenissen van vóór ${r.tot.slice(0, 10)} (${r.maanden.join(", ")}); ` +
        "de afkapping is vastgelegd, audit:verify controleert wat blijft.",
    );
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
} finally {
  await closePrisma();
}
