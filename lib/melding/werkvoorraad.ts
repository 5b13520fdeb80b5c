// The voordeur work list: meldingen in open casussen still awaiting a final veiligheidsbeoordeling (most urgent
// deadline first) and open adviezen, each paged with its filters; counts by the database over all rows. One
// audited READ for the page.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead } from "@/lib/auth/audited-read";
import { casusScope } from "@/lib/auth/scope";
import { toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { beoordelingTermijn, beoordelingVerstrekenTot, type Termijn } from "@/lib/domain/termijn";
import { countOpenAdviezen, findOpenAdviezen, type OpenAdvies } from "@/lib/advies/queries";
import { paginaVan, parseLijstParams, type Lijst, type LijstDef, type Zoekparams } from "@/lib/lijst/params";
import { now } from "@/lib/domain/clock";
import { FAMILIE_SELECT, familienaam } from "@/lib/casus/naam";

export type WerkvoorraadMelding = {
  nummer: string;
  acuut: boolean;
  casusNummer: string;
  /** Achternaam of betrokkene 1 of the casus. */
  familie: string | null;
  datumMelding: string;
  termijn: Termijn;
  status: "nog te beoordelen" | "wacht op vaststelling" | "teruggestuurd";
  aard: string[];
  aantalBetrokkenen: number;
  behandelaar: string | null;
};
export type Werkvoorraad = {
  meldingen: Lijst<WerkvoorraadMelding>;
  /** Open meldingen past their termijn, over the whole work list (not only this page or filter). */
  verstreken: number;
  adviezen: Lijst<OpenAdvies>;
};

const ALLE = { waarde: "alle", label: "Alle" };
export const WERKVOORRAAD_MELDINGEN = {
  sorteringen: [
    { waarde: "termijn", label: "Termijn (kortste eerst)" },
    { waarde: "nieuwste", label: "Datum melding (nieuwste eerst)" },
    { waarde: "nummer", label: "Meldingnummer" },
  ],
  filters: {
    termijn: { label: "Termijn", keuzes: [ALLE, { waarde: "verstreken", label: "Verstreken" }] },
    status: {
      label: "Status",
      keuzes: [
        ALLE,
        { waarde: "te-beoordelen", label: "Nog te beoordelen" },
        { waarde: "vaststelling", label: "Wacht op vaststelling" },
      ],
    },
    behandelaar: {
      label: "Behandelaar",
      keuzes: [ALLE, { waarde: "mij", label: "Ikzelf" }, { waarde: "geen", label: "Nog niemand" }],
    },
    acuut: {
      label: "Acuut",
      keuzes: [ALLE, { waarde: "ja", label: "Alleen acuut" }, { waarde: "nee", label: "Niet acuut" }],
    },
  },
} satisfies LijstDef;
export const WERKVOORRAAD_ADVIEZEN = {
  prefix: "a",
  sorteringen: [
    { waarde: "oudste", label: "Startdatum (oudste eerst)" },
    { waarde: "nieuwste", label: "Startdatum (nieuwste eerst)" },
  ],
  filters: {},
} satisfies LijstDef;

/** Acute meldingen stand at the top whatever the sort: their beoordeling is due the same day. */
export const MELDING_ORDER: Record<string, Prisma.MeldingOrderByWithRelationInput[]> = {
  termijn: [{ acuut: "desc" }, { datumMelding: "asc" }, { id: "asc" }],
  nieuwste: [{ acuut: "desc" }, { datumMelding: "desc" }, { id: "desc" }],
  nummer: [{ acuut: "desc" }, { nummer: "asc" }],
};

/**
 * Open meldingen whose beoordeling termijn has passed today, by the one deadline definition: an acute melding
 * from before today, any other received on or before beoordelingVerstrekenTot(today).
 */
export const beoordelingVerstrekenWhere = (today: Date): Prisma.MeldingWhereInput => ({
  OR: [
    { acuut: true, datumMelding: { lt: today } },
    { acuut: false, datumMelding: { lte: beoordelingVerstrekenTot(today) } },
  ],
});

/** Meldingen in open casussen in the user's scope without a final beoordeling. */
export const openMeldingenWhere = (user: Actor): Prisma.MeldingWhereInput => ({
  casus: { ...casusScope(user), einddatum: null },
  ingetrokkenOp: null,
  beoordelingOpen: true,
});

export async function getWerkvoorraad(user: Actor, sp: Zoekparams = {}, at = now()): Promise<Werkvoorraad> {
  const today = todayInAmsterdam(at);
  const mp = parseLijstParams(WERKVOORRAAD_MELDINGEN, sp);
  const ap = parseLijstParams(WERKVOORRAAD_ADVIEZEN, sp);
  const open = openMeldingenWhere(user);
  const verstrekenWhere = beoordelingVerstrekenWhere(today);
  const f = mp.filters;
  const where: Prisma.MeldingWhereInput = {
    AND: [
      open,
      f.termijn === "verstreken" ? verstrekenWhere : {},
      f.status === "te-beoordelen"
        ? { beoordeling: null }
        : f.status === "vaststelling"
          ? { beoordeling: { isNot: null } }
          : {},
      f.behandelaar === "mij" ? { behandelaarId: user.id } : f.behandelaar === "geen" ? { behandelaarId: null } : {},
      f.acuut === "ja" ? { acuut: true } : f.acuut === "nee" ? { acuut: false } : {},
    ],
  };
  const r = await auditedRead(
    user,
    { permission: "werkvoorraad:view" },
    async (tx) => {
      const totaal = await tx.melding.count({ where });
      const verstreken = await tx.melding.count({ where: { AND: [open, verstrekenWhere] } });
      const pagina = paginaVan(mp, totaal);
      const rows = await tx.melding.findMany({
        where,
        orderBy: MELDING_ORDER[mp.sortering],
        skip: pagina.skip,
        take: pagina.take,
        select: {
          nummer: true,
          datumMelding: true,
          acuut: true,
          aard: true,
          casus: { select: { nummer: true, ...FAMILIE_SELECT } },
          behandelaar: { select: { displayName: true } },
          beoordeling: {
            select: { id: true, datum: true, terugsturingen: { where: { opgelostOp: null }, select: { id: true } } },
          },
          betrokkenen: { select: { betrokkeneId: true } },
        },
      });
      const adviesPagina = paginaVan(ap, await countOpenAdviezen(tx, user));
      const adviezen = await findOpenAdviezen(tx, user, adviesPagina, ap.sortering === "nieuwste" ? "desc" : "asc");
      return { rows, pagina, verstreken, adviesPagina, adviezen };
    },
    (x) => ({
      entityType: "werkvoorraad",
      detail: `meldingen ${x.rows.length} of ${x.pagina.totaal} (page ${x.pagina.pagina}), adviezen ${x.adviezen.length} of ${x.adviesPagina.totaal}`,
    }),
  );
  const meldingen = r.rows.map((m): WerkvoorraadMelding => ({
    nummer: m.nummer,
    acuut: m.acuut,
    casusNummer: m.casus.nummer,
    familie: familienaam(m.casus),
    datumMelding: toIsoDate(m.datumMelding),
    termijn: beoordelingTermijn(m, m.beoordeling?.datum ?? null, today),
    status: !m.beoordeling
      ? "nog te beoordelen"
      : m.beoordeling.terugsturingen.length
        ? "teruggestuurd"
        : "wacht op vaststelling",
    aard: m.aard,
    aantalBetrokkenen: m.betrokkenen.length,
    behandelaar: m.behandelaar?.displayName ?? null,
  }));
  return {
    meldingen: { rijen: meldingen, pagina: r.pagina, params: mp },
    verstreken: r.verstreken,
    adviezen: { rijen: r.adviezen, pagina: r.adviesPagina, params: ap },
  };
}
