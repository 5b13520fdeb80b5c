// The oordeel per voorwaarde at a monitoringsmoment, stored with the moment in its transaction. Every voorwaarde
// that holds on the moment's date must be judged, and only those; a voorwaarde not met at two moments in a row
// signals the casemanager and the teamleiders to reconsider the plan ("Heroverwegen").
import "server-only";
import type { Tx } from "@/lib/db/client";
import { ValidationFailed } from "@/lib/auth/errors";
import { formatDatumNl } from "@/lib/domain/dates";
import { geldtOpDatum as geldtOp, tweeKeerNiet } from "./regels";
import { maakSignaal } from "@/lib/signaal/maak";
import type { Oordeel } from "./schema";

type Score = { voorwaardeId: number; oordeel: Oordeel; notitie: string | null };
type Voorwaarde = { id: number; volgnummer: number; afgesprokenOp: Date; beeindigdOp: Date | null };

export async function recordVoorwaardeScores(
  tx: Tx,
  m: { casusId: number; casusnummer: string; casemanagerId: number | null; momentId: number; datum: Date },
  scores: Score[],
) {
  const voorwaarden = await tx.veiligheidsvoorwaarde.findMany({
    where: { casusId: m.casusId },
    orderBy: { volgnummer: "asc" },
    select: { id: true, volgnummer: true, afgesprokenOp: true, beeindigdOp: true },
  });
  const perId = new Map(voorwaarden.map((v) => [v.id, v]));
  for (const s of scores) {
    const v = perId.get(s.voorwaardeId);
    if (!v) throw new ValidationFailed({ voorwaarden: "Een beoordeelde voorwaarde hoort niet bij deze casus." });
    if (!geldtOp(v, m.datum))
      throw new ValidationFailed({
        voorwaarden: `Voorwaarde ${v.volgnummer} gold niet op ${formatDatumNl(m.datum)}: beoordeel alleen de voorwaarden van die datum.`,
      });
  }
  const gemist = voorwaarden.filter((v) => geldtOp(v, m.datum) && !scores.some((s) => s.voorwaardeId === v.id));
  if (gemist.length > 0)
    throw new ValidationFailed({
      voorwaarden: `Beoordeel ook voorwaarde ${gemist.map((v) => v.volgnummer).join(", ")}: die gold op ${formatDatumNl(m.datum)}.`,
    });
  if (scores.length === 0) return [];
  await tx.voorwaardeScore.createMany({
    data: scores.map((s) => ({
      casusId: m.casusId,
      monitoringsmomentId: m.momentId,
      voorwaardeId: s.voorwaardeId,
      oordeel: s.oordeel,
      notitie: s.notitie,
    })),
  });
  return heroverwegen(
    tx,
    m,
    scores.filter((s) => s.oordeel === "NIET").map((s) => perId.get(s.voorwaardeId)!),
  );
}

/** Signals "Heroverwegen" for each voorwaarde now not met at two moments in a row; returns their volgnummers. */
async function heroverwegen(
  tx: Tx,
  m: { casusId: number; casusnummer: string; casemanagerId: number | null; momentId: number },
  nietNagekomen: Voorwaarde[],
) {
  const teHeroverwegen: number[] = [];
  for (const v of nietNagekomen) {
    const reeks = await tx.voorwaardeScore.findMany({
      where: { voorwaardeId: v.id },
      orderBy: [{ moment: { datum: "asc" } }, { monitoringsmomentId: "asc" }],
      select: { oordeel: true },
    });
    if (tweeKeerNiet(reeks.map((r) => r.oordeel))) teHeroverwegen.push(v.volgnummer);
  }
  if (teHeroverwegen.length === 0) return [];
  const teamleiders = await tx.user.findMany({ where: { role: "TEAMLEIDER", active: true }, select: { id: true } });
  const ontvangers = new Set([...(m.casemanagerId ? [m.casemanagerId] : []), ...teamleiders.map((u) => u.id)]);
  const wat =
    teHeroverwegen.length === 1 ? `Voorwaarde ${teHeroverwegen[0]}` : `Voorwaarden ${teHeroverwegen.join(", ")}`;
  for (const userId of ontvangers)
    await maakSignaal(tx, {
      userId,
      soort: "VOORWAARDE",
      casusId: m.casusId,
      tekst: `Heroverwegen: ${wat} van casus ${m.casusnummer} twee keer op rij niet nagekomen.`,
      href: `/casussen/${m.casusnummer}/veiligheidsplan`,
      sleutel: `heroverwegen:${m.momentId}`,
    });
  return teHeroverwegen;
}
