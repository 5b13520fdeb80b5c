// The veiligheidsplan as the pages show it: each voorwaarde with its oordeel per monitoringsmoment, whether it holds
// today and whether it must be reconsidered; and per moment the score beside the count of voorwaarden met, partly
// met and not met (the chart). Pure: the casus page and the monitoring page map their own query rows with it.
import type { Prisma } from "@/generated/prisma/client";
import { toIsoDate } from "@/lib/domain/dates";
import { OORDELEN, type Oordeel } from "./schema";
import { geldtOpDatum, tweeKeerNiet } from "./regels";

export const VOORWAARDEN_SELECT = {
  orderBy: { volgnummer: "asc" },
  select: {
    id: true,
    volgnummer: true,
    omschrijving: true,
    wie: true,
    perDatum: true,
    controle: true,
    afgesprokenOp: true,
    beeindigdOp: true,
    beeindigdReden: true,
    version: true,
    scores: { select: { monitoringsmomentId: true, oordeel: true, notitie: true } },
  },
} satisfies Prisma.Casus$voorwaardenArgs;

type VoorwaardeRow = Prisma.VeiligheidsvoorwaardeGetPayload<{ select: (typeof VOORWAARDEN_SELECT)["select"] }>;
type MomentRow = { id: number; nummer: string; datum: Date; veiligheidsscore: number };

export type VoorwaardeOordeelView = { oordeel: Oordeel; label: string; notitie: string | null };
export type VoorwaardeView = {
  id: number;
  volgnummer: number;
  version: number;
  omschrijving: string;
  wie: string;
  perDatum: string;
  controle: string;
  afgesprokenOp: string;
  beeindigdOp: string | null;
  beeindigdReden: string | null;
  /** Holds today (agreed, not ended): judged at the next monitoringsmoment. */
  actief: boolean;
  /** Not met at the last two moments that judged it. */
  heroverwegen: boolean;
  /** Oordeel per monitoringsmoment id. */
  oordelen: Record<number, VoorwaardeOordeelView>;
};
export type PlanPunt = {
  momentId: number;
  datum: string;
  moment: string;
  score: number;
  nagekomen: number;
  deels: number;
  niet: number;
};
export type PlanView = { voorwaarden: VoorwaardeView[]; punten: PlanPunt[] };

export function toPlanView(voorwaarden: VoorwaardeRow[], momenten: MomentRow[], vandaag: Date): PlanView {
  const volgorde = [...momenten].sort((a, b) => a.datum.getTime() - b.datum.getTime() || a.id - b.id);
  const views = voorwaarden.map((v): VoorwaardeView => {
    const perMoment = new Map(v.scores.map((s) => [s.monitoringsmomentId, s]));
    const reeks = volgorde.flatMap((m) => (perMoment.has(m.id) ? [perMoment.get(m.id)!.oordeel] : []));
    return {
      id: v.id,
      volgnummer: v.volgnummer,
      version: v.version,
      omschrijving: v.omschrijving,
      wie: v.wie,
      perDatum: toIsoDate(v.perDatum),
      controle: v.controle,
      afgesprokenOp: toIsoDate(v.afgesprokenOp),
      beeindigdOp: v.beeindigdOp ? toIsoDate(v.beeindigdOp) : null,
      beeindigdReden: v.beeindigdReden,
      actief: geldtOpDatum(v, vandaag),
      heroverwegen: v.beeindigdOp === null && tweeKeerNiet(reeks.slice(-2)),
      oordelen: Object.fromEntries(
        v.scores.map((s) => [
          s.monitoringsmomentId,
          { oordeel: s.oordeel, label: OORDELEN[s.oordeel], notitie: s.notitie },
        ]),
      ),
    };
  });
  const punten = volgorde.map((m): PlanPunt => {
    const tel = (o: Oordeel) => views.filter((v) => v.oordelen[m.id]?.oordeel === o).length;
    return {
      momentId: m.id,
      datum: toIsoDate(m.datum),
      moment: m.nummer,
      score: m.veiligheidsscore,
      nagekomen: tel("NAGEKOMEN"),
      deels: tel("DEELS"),
      niet: tel("NIET"),
    };
  });
  return { voorwaarden: views, punten };
}
