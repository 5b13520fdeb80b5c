// Turns the loaded casus row into the overview the page renders (pure: no I/O, "today" passed in).
import type { Role } from "@/generated/prisma/enums";
import { deriveStage, getStageLabel, type CasusSnapshot } from "@/lib/domain/casus-state";
import { addDays, compareDates, toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { toPlanView } from "@/lib/veiligheidsplan/plan";
import { roleHas } from "@/lib/auth/permissions";
import { casusActions, meldingLinks } from "./next-steps";
import { formatAdres, formatNaam } from "./naam";
import type { OverviewRow } from "./overview-select";
import type {
  CasusOverview,
  DienstView,
  MelderView,
  MeldingView,
  OverdrachtView,
  PersoonRef,
  TijdlijnItem,
} from "./overview-types";
import { toCasusSnapshot } from "./snapshot";
import { shieldMelder } from "@/lib/melding/dto";
import { beoordelingTermijn, onderzoekTermijn } from "@/lib/domain/termijn";

export type OverviewExtras = {
  role: Role;
  today: Date;
  gemeenteNaam: string | null;
  intervalDagen: number;
  eerdereCasussen: { nummer: string; begindatum: Date; einddatum: Date | null }[];
  userNames: Map<number, string>;
  tijdlijn: TijdlijnItem[];
  casemanagerOpties: { id: number; naam: string }[];
};

const iso = (d: Date) => toIsoDate(d);
const isoOrNull = (d: Date | null | undefined) => (d ? toIsoDate(d) : null);

/** The melder as the casus page shows it; shieldMelder decides whether the identity is withheld. */
export function melderFor(
  role: Role,
  m: {
    anoniem: boolean;
    melderNaam: string | null;
    melderContact: string | null;
    melderOrganisatieNaam: string | null;
  },
): MelderView {
  const d = shieldMelder(role, m);
  return d.afgeschermd ? "afgeschermd" : { naam: d.naam, contact: d.contact, organisatieNaam: d.organisatieNaam };
}

export function toOverview(c: OverviewRow, x: OverviewExtras): CasusOverview {
  const s: CasusSnapshot = toCasusSnapshot(c);
  const stage = deriveStage(s);
  const personen = new Map<number, PersoonRef>(c.betrokkenen.map((b) => [b.id, { id: b.id, naam: formatNaam(b) }]));
  const refs = (ids: { betrokkeneId: number }[]) =>
    ids
      .map((r) => personen.get(r.betrokkeneId))
      .filter((p): p is PersoonRef => !!p)
      .sort((a, b) => a.id - b.id);
  const naamVan = (id: number | null) => (id == null ? null : (x.userNames.get(id) ?? `gebruiker ${id}`));

  const meldingen: MeldingView[] = c.meldingen.map((m) => {
    const b = m.beoordeling;
    const termijn = beoordelingTermijn(m, b?.datum ?? null, x.today);
    return {
      id: m.id,
      nummer: m.nummer,
      datum: iso(m.datumMelding),
      functieRol: m.functieRol,
      organisatie: m.organisatie,
      anoniem: m.anoniem,
      melder: melderFor(x.role, m),
      aard: m.aard,
      aanvullendeInformatie: m.aanvullendeInformatie,
      duur: m.duur,
      toelichting: m.toelichting,
      behandelaar: m.behandelaar?.displayName ?? null,
      version: m.version,
      ingetrokken: m.ingetrokkenOp
        ? { op: m.ingetrokkenOp.toISOString(), door: m.ingetrokkenDoor?.displayName ?? "", reden: m.intrekReden ?? "" }
        : null,
      betrokkenen: refs(m.betrokkenen),
      deadline: termijn.deadline,
      termijn: termijn.status,
      beoordeling: b
        ? {
            id: b.id,
            nummer: b.nummer,
            datum: iso(b.datum),
            inhoud: b.inhoud,
            taxatie: b.taxatie,
            toelichting: b.toelichting,
            besluitMet: b.besluitMet.displayName,
            vastgelegdDoor: b.createdBy.displayName,
            vastgesteldDoor: b.vastgesteldDoor?.displayName ?? null,
            vastgesteldOp: b.vastgesteldOp?.toISOString() ?? null,
          }
        : null,
      links: meldingLinks(s, x.role, m.id, m.nummer),
    };
  });

  const diensten: DienstView[] = c.diensten.map((d) => {
    const termijn = d.soort === "O" ? onderzoekTermijn(d.beoordeling.datum, d.einddatum, x.today) : null;
    return {
      id: d.id,
      nummer: d.nummer,
      soort: d.soort as "V" | "O",
      status: d.status,
      startdatum: iso(d.startdatum),
      einddatum: isoOrNull(d.einddatum),
      aardConclusie: d.aardConclusie,
      aanvullendeInformatie: d.aanvullendeInformatie,
      duur: d.duur,
      uitkomstOnderzoek: d.uitkomstOnderzoek,
      redenVoortijdig: d.redenVoortijdig,
      toelichting: d.toelichting,
      uitvoerder: naamVan(d.uitvoerderId),
      voorgesteldDoor: naamVan(d.afsluitingVoorgesteldDoorId),
      bevestigdDoor: naamVan(d.afsluitingBevestigdDoorId),
      bevestigdOp: d.afsluitingBevestigdOp?.toISOString() ?? null,
      meldingNummer: d.beoordeling.melding.nummer,
      deadline: termijn?.deadline ?? null,
      termijn: termijn?.status ?? null,
      href: `/casussen/${encodeURIComponent(c.nummer)}/diensten/${encodeURIComponent(d.nummer)}`,
    };
  });

  const overdrachten: OverdrachtView[] = c.overdrachten.map((o) => ({
    id: o.id,
    nummer: o.nummer,
    datum: iso(o.datum),
    moment: o.moment,
    bron: o.bronMelding?.nummer ?? o.bronDienst?.nummer ?? null,
    partij: o.partij,
    hulp: o.hulp,
    betrokkenen: refs(o.betrokkenen),
    toelichting: o.toelichting,
  }));

  const laatste = [...c.overdrachten.map((o) => o.datum), ...c.monitoringsmomenten.map((m) => m.datum)]
    .sort((a, b) => compareDates(a, b))
    .at(-1);
  const volgende = !s.gesloten && c.overdrachten.length > 0 && laatste ? iso(addDays(laatste, x.intervalDagen)) : null;
  const { acties, afsluitenBlokkades } = casusActions(s, x.role, c.nummer, c.casemanager === null);

  return {
    id: c.id,
    nummer: c.nummer,
    version: c.version,
    begindatum: iso(c.begindatum),
    einddatum: isoOrNull(c.einddatum),
    gemeente: c.gemeentecode ? { code: c.gemeentecode, naam: x.gemeenteNaam } : null,
    hermelding: c.hermelding || x.eerdereCasussen.length > 0,
    afgeschermd: c.afgeschermd,
    eerdereCasussen: x.eerdereCasussen.map((e) => ({
      nummer: e.nummer,
      begindatum: iso(e.begindatum),
      einddatum: isoOrNull(e.einddatum),
    })),
    stage,
    stageLabel: getStageLabel(stage),
    casemanager: c.casemanager ? { id: c.casemanager.id, naam: c.casemanager.displayName } : null,
    betrokkenen: c.betrokkenen.map((b) => ({
      id: b.id,
      persoonsvolgnummer: b.persoonsvolgnummer,
      naam: formatNaam(b),
      rol: b.rol,
      bsn: b.bsn,
      geboortedatum: b.geboortedatum,
      geslacht: b.geslacht,
      adres: formatAdres(b),
      /** Who sees this address sees that it is secret (the others see only "afgeschermd"). */
      // (the rows come through maskeerAdres, which adds `afgeschermd`)
      geheimAdres: b.geheimAdres && (b as { afgeschermd?: boolean }).afgeschermd !== true,
    })),
    meldingen,
    diensten,
    overdrachten,
    monitoring: {
      momenten: c.monitoringsmomenten.map((m) => ({
        id: m.id,
        nummer: m.nummer,
        datum: iso(m.datum),
        score: m.veiligheidsscore,
        notitie: m.notitie,
      })),
      volgende,
      intervalDagen: x.intervalDagen,
      plan: toPlanView(c.voorwaarden, c.monitoringsmomenten, todayInAmsterdam()),
    },
    tijdlijn: x.tijdlijn,
    acties,
    afsluitenBlokkades,
    mayAssign: !s.gesloten && roleHas(x.role, "casus:assign"),
    casemanagerOpties: x.casemanagerOpties,
    vandaag: iso(x.today),
  };
}
