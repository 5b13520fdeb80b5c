// npm run rapportage -- --periode 2025H2 [--gemeente 0363] --out rapport.json [--xlsx rapport.xlsx] [--extern]
// The same report as the Rapportages page (lib/rapportage), for a period and optionally one gemeente, as JSON
// (periode, totalen, per_gemeente, tabellen, doorlooptijden) and optionally XLSX. Audited as a read by the system.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { getPrisma, closePrisma } from "../lib/db/client";
import { writeAudit } from "../lib/auth/audit";
import { parseRapportPeriode } from "../lib/rapportage/periode";
import { maakRapport } from "../lib/rapportage/rapport";
import { rapportXlsx } from "../lib/rapportage/xlsx";

const { values } = parseArgs({
  options: {
    periode: { type: "string" },
    gemeente: { type: "string" },
    out: { type: "string" },
    xlsx: { type: "string" },
    extern: { type: "boolean", default: false },
  },
});
const p = parseRapportPeriode(values.periode ?? "");
if (!p.ok || !values.out || (values.gemeente && !/^\d{4}$/.test(values.gemeente))) {
  console.error(
    !p.ok
      ? p.message
      : !values.out
        ? "Geef het uitvoerbestand op met --out rapport.json."
        : "De gemeentecode bestaat uit vier cijfers, bijvoorbeeld --gemeente 0363.",
  );
  process.exit(2);
}
try {
  const prisma = getPrisma();
  const r = await prisma.$transaction(
    async (tx) => {
      const rapport = await maakRapport(tx, p.periode, values.gemeente ?? null);
      await writeAudit(tx, {
        actor: null,
        action: values.xlsx ? "EXPORT" : "READ",
        entityType: "rapportage",
        entityId: p.periode.code,
        detail: `report ${p.periode.code}${values.gemeente ? ` gemeente ${values.gemeente}` : ""} via the command line`,
      });
      return rapport;
    },
    { timeout: 120_000 },
  );
  fs.writeFileSync(values.out, JSON.stringify(r, null, 2));
  if (values.xlsx) fs.writeFileSync(values.xlsx, await rapportXlsx(r, values.extern));
  console.log(
    `Rapportage ${r.periode.label}${r.gemeente ? ` ${r.gemeente.naam}` : ""}: ${r.totalen.ontvangen_meldingen} meldingen, ` +
      `${r.totalen.gestarte_adviezen} adviezen, ${r.per_gemeente.length} gemeenten → ${values.out}${values.xlsx ? `, ${values.xlsx}` : ""}`,
  );
} finally {
  await closePrisma();
}
