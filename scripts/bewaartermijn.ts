// npm run bewaartermijn [-- --vandaag JJJJ-MM-DD]: the daily bewaartermijn job by hand (the same code as the queue's,
// lib/jobs/bewaartermijn-job.ts): lists the dossiers whose bewaartermijn has passed, signals the privacy officers and
// removes delivery files past their term. Destroying a dossier stays a decision of the privacy officer, in the app.
import { parseArgs } from "node:util";
import { getPrisma, closePrisma } from "../lib/db/client";
import { draaiBewaartermijn } from "../lib/jobs/bewaartermijn-job";
import { parseIsoDate, toIsoDate, todayInAmsterdam } from "../lib/domain/dates";

const { values } = parseArgs({ options: { vandaag: { type: "string" } } });
const vandaag = values.vandaag ? parseIsoDate(values.vandaag) : todayInAmsterdam();
if (!vandaag) {
  console.error("Geef de datum als JJJJ-MM-DD, bijvoorbeeld --vandaag 2026-12-06.");
  process.exit(2);
}
try {
  const r = await draaiBewaartermijn(getPrisma(), vandaag);
  console.log(`Bewaartermijn op ${toIsoDate(vandaag)}: ${r.lijst.totaal} dossier(s) te vernietigen.`);
  for (const c of r.lijst.rijen)
    console.log(
      `  ${c.nummer}  ${toIsoDate(c.begindatum)} – ${toIsoDate(c.einddatum)}  vanaf ${toIsoDate(c.vanaf)}${c.reden ? `  (${c.reden})` : ""}`,
    );
  if (r.lijst.totaal > r.lijst.rijen.length) console.log(`  … en ${r.lijst.totaal - r.lijst.rijen.length} meer`);
  console.log(`Signalen aan privacy officers: ${r.signalen}. Aanleverbestanden verwijderd: ${r.bestanden.length}.`);
  for (const b of r.bestanden) console.log(`  ${b}`);
} finally {
  await closePrisma();
}
