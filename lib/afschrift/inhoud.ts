// What an afschrift (AVG art. 15, Wmo 2015) holds for one person: their own data, the meldingen, beoordelingen,
// diensten, overdrachten and monitoring of the dossiers they are in, the journaalregels the privacy officer marked
// shareable, and who accessed their dossiers. Left out by construction, never by filtering text afterwards: the
// identity of an anonymous melder, every melder's contact details, other betrokkenen, geheime adressen, free texts
// written about the whole family, and journaalregels not marked shareable. The PDF says so (WEGGELATEN).
import "server-only";
import type { Tx } from "@/lib/db/client";
import { labelOf } from "@/lib/domain/codes";
import { bsnLabel, ROL_LABELS } from "@/lib/casus/labels";
import { formatAdres, formatNaam } from "@/lib/casus/naam";
import { describeGeboortedatum } from "@/lib/domain/geboortedatum";
import { formatDatumNl, toIsoDate } from "@/lib/domain/dates";
import { formatDatumTijdNl } from "@/lib/domain/datum-tijd";
import { describeCodes, describeUitkomst, DIENST_STATUS_LABELS } from "@/lib/dienst/labels";
import { DIENST_SOORT_LABELS, type DienstSoort } from "@/lib/domain/casus-state";
import { JOURNAAL_SOORTEN, type JournaalSoort } from "@/lib/journaal/soorten";
import { VERZOEK_SOORTEN, type VerzoekSoort } from "@/lib/verzoek/schema";
import { zelfdePersoon } from "./persoon";
import { toegangVanPersoon, type ToegangRij } from "./toegang";

export const WEGGELATEN = [
  "De naam en andere gegevens van een melder die anoniem wil blijven.",
  "De contactgegevens van alle melders.",
  "Persoonsgegevens van andere betrokkenen in de dossiers (hun namen, geboortedata, BSN en adressen).",
  "Geheime adressen: een afgeschermd adres staat in geen enkel afschrift.",
  "Vrije toelichtingen bij meldingen, beoordelingen en diensten: die gaan over het hele gezin en kunnen gegevens " +
    "van anderen bevatten. U kunt er apart om vragen; de privacy officer beoordeelt ze dan per tekst.",
  "Journaalregels die de privacy officer niet als deelbaar heeft aangemerkt, en bij de gedeelde regels de namen " +
    "van anderen met wie werd gesproken.",
];

const datum = (d: Date | null) => (d ? formatDatumNl(d) : "—");

export async function leesAfschrift(tx: Tx, verzoekId: number, gemaaktOp: Date) {
  const v = await tx.verzoek.findUnique({
    where: { id: verzoekId },
    select: {
      id: true,
      soort: true,
      ontvangenOp: true,
      casus: { select: { nummer: true } },
      betrokkene: {
        select: {
          id: true,
          persoonsvolgnummer: true,
          voornamen: true,
          tussenvoegsel: true,
          achternaam: true,
          bsn: true,
          geboortedatum: true,
          geslacht: true,
          straat: true,
          huisnummer: true,
          postcode: true,
          woonplaats: true,
          geheimAdres: true,
        },
      },
      deelbareRegels: { select: { regelId: true } },
    },
  });
  if (!v) return null;
  const p = v.betrokkene;
  const zelf = await zelfdePersoon(tx, p.id);
  const betrokkeneIds = zelf.map((b) => b.id);
  const casusIds = [...new Set(zelf.map((b) => b.casusId))];
  const org = await tx.organisatie.findUnique({ where: { id: 1 }, select: { naam: true } });

  const casussen = await tx.casus.findMany({
    where: { id: { in: casusIds } },
    orderBy: { begindatum: "asc" },
    select: {
      nummer: true,
      begindatum: true,
      einddatum: true,
      betrokkenen: { where: { id: { in: betrokkeneIds } }, select: { rol: true } },
      meldingen: {
        where: { ingetrokkenOp: null, betrokkenen: { some: { betrokkeneId: { in: betrokkeneIds } } } },
        orderBy: { datumMelding: "asc" },
        select: {
          nummer: true,
          datumMelding: true,
          anoniem: true,
          melderNaam: true,
          melderOrganisatieNaam: true,
          functieRol: true,
          organisatie: true,
          aard: true,
          duur: true,
          beoordeling: { select: { datum: true, inhoud: true, taxatie: true, vastgesteldOp: true } },
        },
      },
      diensten: {
        orderBy: { startdatum: "asc" },
        select: {
          nummer: true,
          soort: true,
          status: true,
          startdatum: true,
          einddatum: true,
          aardConclusie: true,
          uitkomstOnderzoek: true,
        },
      },
      overdrachten: {
        where: { betrokkenen: { some: { betrokkeneId: { in: betrokkeneIds } } } },
        orderBy: { datum: "asc" },
        select: { datum: true, partij: true, hulp: true },
      },
      monitoringsmomenten: { orderBy: { datum: "asc" }, select: { datum: true, veiligheidsscore: true } },
    },
  });

  const deelbaar = new Set(v.deelbareRegels.map((r) => r.regelId));
  const regels = await journaalVanPersoon(tx, betrokkeneIds);
  const toegang: ToegangRij[] = await toegangVanPersoon(tx, casusIds, betrokkeneIds);

  return {
    organisatie: org?.naam ?? "Veilig Thuis",
    gemaaktOp: formatDatumTijdNl(gemaaktOp),
    verzoek: {
      soort: VERZOEK_SOORTEN[v.soort as VerzoekSoort] ?? v.soort,
      ontvangenOp: formatDatumNl(v.ontvangenOp),
      casusnummer: v.casus.nummer,
    },
    persoon: {
      naam: formatNaam(p),
      geboortedatum: p.geboortedatum ? describeGeboortedatum(p.geboortedatum) : "onbekend",
      geslacht: labelOf("K", p.geslacht),
      bsn: bsnLabel(p.bsn),
      adres: p.geheimAdres
        ? "Afgeschermd (geheim adres): niet opgenomen in dit afschrift."
        : (formatAdres(p) ?? "Niet vastgelegd"),
    },
    casussen: casussen.map((c) => ({
      nummer: c.nummer,
      periode: `${datum(c.begindatum)} – ${c.einddatum ? datum(c.einddatum) : "loopt nog"}`,
      rol: c.betrokkenen.map((b) => ROL_LABELS[b.rol]).join(", "),
      meldingen: c.meldingen.map((m) => ({
        kop: `Melding ${m.nummer} van ${datum(m.datumMelding)}`,
        regels: [
          `Melder: ${melder(m)}`,
          `Aard: ${describeCodes("A", m.aard)}`,
          `Duur: ${labelOf("C", m.duur)}`,
          m.beoordeling
            ? `Veiligheidsbeoordeling van ${datum(m.beoordeling.datum)}${m.beoordeling.vastgesteldOp ? "" : " (nog niet definitief)"}: ` +
              `${labelOf("F", m.beoordeling.inhoud)}; veiligheid: ${labelOf("G", m.beoordeling.taxatie)}`
            : "Nog geen veiligheidsbeoordeling.",
        ],
      })),
      diensten: c.diensten.map((d) => ({
        kop: `${DIENST_SOORT_LABELS[d.soort as DienstSoort]} ${d.nummer}`,
        regels: [
          `Periode: ${datum(d.startdatum)} – ${d.einddatum ? datum(d.einddatum) : "loopt nog"} (${DIENST_STATUS_LABELS[d.status]})`,
          ...(d.aardConclusie.length > 0 ? [`Conclusie over de aard: ${describeCodes("A", d.aardConclusie)}`] : []),
          ...(d.soort === "O" && d.status === "AFGESLOTEN"
            ? [`Uitkomst onderzoek: ${describeUitkomst(d.uitkomstOnderzoek)}`]
            : []),
        ],
      })),
      overdrachten: c.overdrachten.map(
        (o) => `${datum(o.datum)}: overgedragen aan ${labelOf("I", o.partij)} (${labelOf("J", o.hulp)})`,
      ),
      monitoring: c.monitoringsmomenten.map(
        (t) => `${datum(t.datum)}: veiligheid beoordeeld met een ${t.veiligheidsscore} (schaal 1–10)`,
      ),
    })),
    journaal: regels
      .filter((r) => deelbaar.has(r.id))
      .map((r) => ({
        kop: `${r.casusnummer} — ${formatDatumTijdNl(r.datumTijd)} — ${r.soort}`,
        verslag: r.verslag,
        aanvullingen: r.aanvullingen,
      })),
    journaalNietGedeeld: regels.filter((r) => !deelbaar.has(r.id)).length,
    toegang,
    weggelaten: WEGGELATEN,
  };
}
export type AfschriftInhoud = NonNullable<Awaited<ReturnType<typeof leesAfschrift>>>;

function melder(m: {
  anoniem: boolean;
  melderNaam: string | null;
  melderOrganisatieNaam: string | null;
  functieRol: string;
  organisatie: string;
}): string {
  if (m.anoniem) return "anoniem (de identiteit van de melder wordt niet gedeeld)";
  const wie = [m.melderNaam, m.melderOrganisatieNaam].filter(Boolean).join(", ");
  return [labelOf("D", m.functieRol), wie].filter(Boolean).join(" — ");
}

/** The vastgelegde journaalregels about this person (newest last), for the privacy officer's choice and the PDF. */
export async function journaalVanPersoon(tx: Tx, betrokkeneIds: number[]) {
  const rows = await tx.journaalRegel.findMany({
    where: { vastgelegdOp: { not: null }, betrokkenen: { some: { betrokkeneId: { in: betrokkeneIds } } } },
    orderBy: [{ datumTijd: "asc" }, { id: "asc" }],
    take: 2000,
    select: {
      id: true,
      casusId: true,
      datumTijd: true,
      soort: true,
      verslag: true,
      casus: { select: { nummer: true } },
      aanvullingen: { orderBy: { createdAt: "asc" }, select: { tekst: true, createdAt: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    casusId: r.casusId,
    casusnummer: r.casus.nummer,
    datumTijd: r.datumTijd,
    datum: toIsoDate(r.datumTijd),
    soort: journaalSoortLabel(r.soort),
    verslag: r.verslag,
    aanvullingen: r.aanvullingen.map((a) => `Aanvulling van ${formatDatumTijdNl(a.createdAt)}: ${a.tekst}`),
  }));
}

const journaalSoortLabel = (soort: string) => JOURNAAL_SOORTEN[soort as JournaalSoort] ?? soort;
