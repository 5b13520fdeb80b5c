// Reads for the dienst pages and the list of closings awaiting confirmation, scoped in the query and audited.
// They return plain, serialisable views (dates as ISO strings); null when not found within the user's scope.
import "server-only";
import { paginaVan, parseLijstParams, type Lijst, type LijstDef, type Zoekparams } from "@/lib/lijst/params";
import { auditedRead, listEvents } from "@/lib/auth/audited-read";
import type { Actor } from "@/lib/auth/audit";
import { casusScope } from "@/lib/auth/scope";
import { loadCasusSnapshot } from "@/lib/casus/snapshot";
import {
  canStartDienst,
  DIENST_SOORT_LABELS,
  INHOUD_VERVOLGSTAPPEN_VT,
  type DienstSoort,
  type DienstStatus,
} from "@/lib/domain/casus-state";
import { labelOf } from "@/lib/domain/codes";
import { formatDatumNl, toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { DIENST_STATUS_LABELS } from "./labels";
import { onderzoekTermijn } from "@/lib/domain/termijn";
import { CASUS_GESLOTEN_REDEN } from "@/lib/casus/scoped";

const iso = (d: Date | null) => (d ? toIsoDate(d) : null);
const notFound = (entityType: string, entityId: string) => ({
  entityType,
  entityId,
  outcome: "FAILURE" as const,
  detail: "not found or out of scope",
});

export async function getDienstView(user: Actor, casusnummer: string, dienstnummer: string) {
  return auditedRead(
    user,
    { permission: "casus:read" },
    async (tx) => {
      const d = await tx.dienst.findFirst({
        where: { nummer: dienstnummer, casus: { nummer: casusnummer, ...casusScope(user) } },
        include: {
          casus: { select: { nummer: true, einddatum: true } },
          uitvoerder: { select: { displayName: true } },
          afsluitingVoorgesteldDoor: { select: { displayName: true } },
          afsluitingBevestigdDoor: { select: { displayName: true } },
          beoordeling: {
            select: {
              datum: true,
              taxatie: true,
              melding: {
                select: { nummer: true, datumMelding: true, betrokkenen: { select: { betrokkeneId: true } } },
              },
            },
          },
        },
      });
      if (!d) return null;
      return {
        id: d.id,
        nummer: d.nummer,
        casusId: d.casusId,
        casusnummer: d.casus.nummer,
        casusGesloten: d.casus.einddatum !== null,
        soort: d.soort as DienstSoort,
        soortLabel: DIENST_SOORT_LABELS[d.soort as DienstSoort],
        status: d.status as DienstStatus,
        statusLabel: DIENST_STATUS_LABELS[d.status],
        startdatum: toIsoDate(d.startdatum),
        einddatum: iso(d.einddatum),
        aardConclusie: d.aardConclusie,
        aanvullendeInformatie: d.aanvullendeInformatie,
        duur: d.duur,
        uitkomstOnderzoek: d.uitkomstOnderzoek,
        redenVoortijdig: d.redenVoortijdig,
        toelichting: d.toelichting ?? "",
        version: d.version,
        uitvoerder: d.uitvoerder?.displayName ?? null,
        voorgesteldDoorId: d.afsluitingVoorgesteldDoorId,
        voorgesteldDoor: d.afsluitingVoorgesteldDoor?.displayName ?? null,
        bevestigdDoor: d.afsluitingBevestigdDoor?.displayName ?? null,
        bevestigdOp: d.afsluitingBevestigdOp?.toISOString() ?? null,
        beoordeling: {
          datum: toIsoDate(d.beoordeling.datum),
          taxatie: labelOf("G", d.beoordeling.taxatie),
          meldingnummer: d.beoordeling.melding.nummer,
          datumMelding: toIsoDate(d.beoordeling.melding.datumMelding),
        },
        termijn: d.soort === "O" ? onderzoekTermijn(d.beoordeling.datum, d.einddatum) : null,
        betrokkeneIds: d.beoordeling.melding.betrokkenen.map((b) => b.betrokkeneId),
      };
    },
    (r) =>
      r
        ? { entityType: "dienst", entityId: r.id, casusId: r.casusId, betrokkeneIds: r.betrokkeneIds }
        : notFound("dienst", dienstnummer),
  );
}
export type DienstView = NonNullable<Awaited<ReturnType<typeof getDienstView>>>;

/** The beoordelingen a dienst can follow, or the reasons none can start. */
export async function getDienstStartView(user: Actor, casusnummer: string) {
  return auditedRead(
    user,
    { permission: "dienst:write" },
    async (tx) => {
      const c = await tx.casus.findFirst({
        where: { nummer: casusnummer, ...casusScope(user) },
        select: {
          id: true,
          nummer: true,
          begindatum: true,
          einddatum: true,
          meldingen: {
            orderBy: [{ datumMelding: "asc" }, { id: "asc" }],
            select: {
              id: true,
              nummer: true,
              datumMelding: true,
              beoordeling: { select: { datum: true, inhoud: true, taxatie: true, vastgesteldOp: true } },
            },
          },
          diensten: {
            orderBy: { startdatum: "asc" },
            select: { nummer: true, soort: true, status: true, startdatum: true },
          },
        },
      });
      if (!c) return null;
      const snapshot = await loadCasusSnapshot(tx, c.id);
      const kan = (meldingId: number, soort: DienstSoort) => canStartDienst(snapshot, String(meldingId), soort);
      const opties = c.meldingen
        .filter((m) => m.beoordeling && (kan(m.id, "V").ok || kan(m.id, "O").ok))
        .map((m) => ({
          meldingId: m.id,
          beoordelingDatum: toIsoDate(m.beoordeling!.datum),
          label: `Melding ${m.nummer} van ${formatDatumNl(m.datumMelding)} — beoordeling van ${formatDatumNl(m.beoordeling!.datum)} (${labelOf("G", m.beoordeling!.taxatie)})`,
        }));
      const redenen: string[] = [];
      if (c.einddatum) redenen.push(CASUS_GESLOTEN_REDEN);
      else if (opties.length === 0) {
        redenen.push(
          `Er is geen definitieve veiligheidsbeoordeling met de beslissing '${labelOf("F", INHOUD_VERVOLGSTAPPEN_VT)}' waarop nog geen dienst loopt.`,
        );
        for (const m of c.meldingen) {
          if (m.beoordeling?.inhoud === INHOUD_VERVOLGSTAPPEN_VT && !m.beoordeling.vastgesteldOp) {
            redenen.push(`De veiligheidsbeoordeling van melding ${m.nummer} is nog niet vastgesteld (vier ogen).`);
          }
        }
      }
      const lopend = c.diensten
        .filter((d) => d.status !== "AFGESLOTEN")
        .map(
          (d) =>
            `${DIENST_SOORT_LABELS[d.soort as DienstSoort]} ${d.nummer}, gestart op ${formatDatumNl(d.startdatum)}`,
        );
      return {
        casusId: c.id,
        casusnummer: c.nummer,
        begindatum: toIsoDate(c.begindatum),
        opties,
        redenen,
        lopend,
        vandaag: toIsoDate(todayInAmsterdam()),
      };
    },
    (r) => (r ? { entityType: "casus", entityId: r.casusId, casusId: r.casusId } : notFound("casus", casusnummer)),
  );
}

export type DienstAfsluitingTeBevestigen = {
  dienstId: number;
  dienstnummer: string;
  casusnummer: string;
  soort: DienstSoort;
  soortLabel: string;
  einddatum: string | null;
  voorgesteldDoor: string;
  voorgesteldDoorUsername: string | null;
  /** When the proposal was last saved (ISO timestamp). */
  voorgesteldOp: string;
  /** True when the user proposed it: they cannot confirm it themselves (four eyes). */
  eigenVoorstel: boolean;
  /** The confirm page. */
  href: string;
};

export const AFSLUITINGEN_TE_BEVESTIGEN = {
  prefix: "d",
  sorteringen: [
    { waarde: "oudste", label: "Voorgesteld (oudste eerst)" },
    { waarde: "nieuwste", label: "Voorgesteld (nieuwste eerst)" },
  ],
  filters: {
    soort: {
      label: "Soort dienst",
      keuzes: [
        { waarde: "alle", label: "Alle" },
        { waarde: "O", label: DIENST_SOORT_LABELS.O },
        { waarde: "V", label: DIENST_SOORT_LABELS.V },
      ],
    },
  },
} satisfies LijstDef;

/** The diensten whose closing awaits a second user's confirmation (for the "te bevestigen" page); paged. */
export async function listDienstAfsluitingenTeBevestigen(
  user: Actor,
  sp: Zoekparams = {},
): Promise<Lijst<DienstAfsluitingTeBevestigen>> {
  const params = parseLijstParams(AFSLUITINGEN_TE_BEVESTIGEN, sp);
  const where = {
    status: "AFSLUITING_VOORGESTELD" as const,
    casus: casusScope(user),
    ...(params.filters.soort === "alle" ? {} : { soort: params.filters.soort }),
  };
  const richting = params.sortering === "nieuwste" ? "desc" : "asc";
  const { rows, pagina } = await auditedRead(
    user,
    { permission: "beoordelingen:view" },
    async (tx) => {
      const pagina = paginaVan(params, await tx.dienst.count({ where }));
      const diensten = await tx.dienst.findMany({
        where,
        orderBy: [{ updatedAt: richting }, { id: richting }],
        skip: pagina.skip,
        take: pagina.take,
        select: {
          id: true,
          nummer: true,
          soort: true,
          einddatum: true,
          updatedAt: true,
          afsluitingVoorgesteldDoorId: true,
          afsluitingVoorgesteldDoor: { select: { displayName: true, username: true } },
          casusId: true,
          casus: { select: { nummer: true } },
        },
      });
      return { pagina, rows: diensten.map((r) => ({ ...r, door: r.afsluitingVoorgesteldDoor })) };
    },
    (r) => listEvents("dienst", r.rows, (x) => ({ entityId: x.id, casusId: x.casusId })),
  );
  const rijen = rows.map((r) => ({
    dienstId: r.id,
    dienstnummer: r.nummer,
    casusnummer: r.casus.nummer,
    soort: r.soort as DienstSoort,
    soortLabel: DIENST_SOORT_LABELS[r.soort as DienstSoort],
    einddatum: r.einddatum ? toIsoDate(r.einddatum) : null,
    voorgesteldDoor: r.door?.displayName ?? "onbekend",
    voorgesteldDoorUsername: r.door?.username ?? null,
    voorgesteldOp: r.updatedAt.toISOString(),
    eigenVoorstel: r.afsluitingVoorgesteldDoorId === user.id,
    href: `/casussen/${r.casus.nummer}/diensten/${r.nummer}/bevestigen`,
  }));
  return { rijen, pagina, params };
}
