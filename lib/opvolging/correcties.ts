// Corrections of a recorded terugkoppeling or informing, and extending the informing deadline by 2 weeks: each
// with a reason, kept with the old and new values in `correctie` (the casus's Wijzigingshistorie) and audited.
import "server-only";
import { defineCommand } from "@/lib/auth/door";
import { RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { updateVersioned } from "@/lib/db/versioned";
import { compareDates, formatDatumNl, todayInAmsterdam } from "@/lib/domain/dates";
import { informerenDeadline, INFORMEREN_MAX_VERLENGINGEN } from "@/lib/domain/werkdagen";
import { lockCasus } from "@/lib/casus/snapshot";
import { formatNaam } from "@/lib/casus/naam";
import { diff, recordCorrectie, toonDatum, type VeldDef } from "@/lib/correctie/record";
import { findOpvolgingMelding } from "./commands";
import {
  nietGeinformeerdLabel,
  wijzeLabel,
  ZInformerenVerlengen,
  ZInformeringCorrectie,
  ZTerugkoppelingCorrectie,
} from "./schema";

const TERUGKOPPELING_VELDEN: Record<string, VeldDef> = {
  terugkoppelingOp: { label: "Datum terugkoppeling", toon: toonDatum },
  terugkoppelingWijze: { label: "Hoe", toon: (v) => wijzeLabel(v as string | null) || "(leeg)" },
  terugkoppelingInhoud: { label: "Korte inhoud" },
  terugkoppelingNietMogelijk: { label: "Niet mogelijk, reden" },
};

export const correctTerugkoppeling = defineCommand(
  { permission: "correctie:write", schema: ZTerugkoppelingCorrectie, resource: { type: "melding" } },
  async ({ tx, user, data, audit }) => {
    const m = await findOpvolgingMelding(tx, user, data.meldingnummer);
    await lockCasus(tx, m.casusId);
    if (!m.terugkoppelingOp && !m.terugkoppelingNietMogelijk)
      throw new RuleViolation("Er is nog geen terugkoppeling vastgelegd om te corrigeren.");
    if (data.datum && m.beoordeling && compareDates(data.datum, m.beoordeling.datum) < 0)
      throw new ValidationFailed({
        datum: `De terugkoppeling ligt vóór de veiligheidsbeoordeling (${formatDatumNl(m.beoordeling.datum)}).`,
      });
    const nieuw = {
      terugkoppelingOp: data.datum,
      terugkoppelingWijze: data.wijze,
      terugkoppelingInhoud: data.inhoud,
      terugkoppelingNietMogelijk: data.reden,
    };
    await recordCorrectie(tx, user, audit, {
      entityType: "melding",
      entityId: m.id,
      casusId: m.casusId,
      reden: data.correctieReden,
      wijzigingen: diff(TERUGKOPPELING_VELDEN, m, nieuw),
    });
    await updateVersioned(tx, tx.melding, "melding", m.id, data.version, nieuw);
    return { meldingnummer: data.meldingnummer };
  },
);

const INFORMERING_VELDEN = (naam: string): Record<string, VeldDef> => ({
  geinformeerdOp: { label: `${naam}: geïnformeerd op`, toon: toonDatum },
  informeerWijze: { label: `${naam}: hoe`, toon: (v) => wijzeLabel(v as string | null) || "(leeg)" },
  nietGeinformeerd: {
    label: `${naam}: niet geïnformeerd`,
    toon: (v) => nietGeinformeerdLabel(v as string | null) || "(leeg)",
  },
  informeerToelichting: { label: `${naam}: toelichting` },
});

async function findLink(tx: Parameters<typeof findOpvolgingMelding>[0], meldingId: number, betrokkeneId: number) {
  const link = await tx.meldingBetrokkene.findUnique({
    where: { meldingId_betrokkeneId: { meldingId, betrokkeneId } },
    include: {
      betrokkene: { select: { voornamen: true, tussenvoegsel: true, achternaam: true, persoonsvolgnummer: true } },
    },
  });
  if (!link) throw new ValidationFailed({ betrokkeneId: "Deze betrokkene hoort niet bij de melding." });
  return link;
}

export const correctInformering = defineCommand(
  { permission: "correctie:write", schema: ZInformeringCorrectie, resource: { type: "melding" } },
  async ({ tx, user, data, audit }) => {
    const m = await findOpvolgingMelding(tx, user, data.meldingnummer);
    await lockCasus(tx, m.casusId);
    const link = await findLink(tx, m.id, data.betrokkeneId);
    if (!link.geinformeerdOp && !link.nietGeinformeerd)
      throw new RuleViolation("Voor deze betrokkene is nog niets over het informeren vastgelegd om te corrigeren.");
    if (data.datum && compareDates(data.datum, m.datumMelding) < 0)
      throw new ValidationFailed({
        datum: `Deze datum ligt vóór de datum melding (${formatDatumNl(m.datumMelding)}).`,
      });
    const nieuw = {
      geinformeerdOp: data.datum,
      informeerWijze: data.wijze,
      nietGeinformeerd: data.nietGeinformeerd,
      informeerToelichting: data.toelichting,
    };
    await recordCorrectie(tx, user, audit, {
      entityType: "melding",
      entityId: m.id,
      casusId: m.casusId,
      reden: data.correctieReden,
      wijzigingen: diff(INFORMERING_VELDEN(formatNaam(link.betrokkene)), link, nieuw),
      betrokkeneIds: [data.betrokkeneId],
    });
    await tx.meldingBetrokkene.update({
      where: { meldingId_betrokkeneId: { meldingId: m.id, betrokkeneId: data.betrokkeneId } },
      data: nieuw,
    });
    return { meldingnummer: data.meldingnummer };
  },
);

export const verlengInformeren = defineCommand(
  { permission: "opvolging:write", schema: ZInformerenVerlengen, resource: { type: "melding" } },
  async ({ tx, user, data, audit }) => {
    const m = await findOpvolgingMelding(tx, user, data.meldingnummer);
    await lockCasus(tx, m.casusId);
    const link = await findLink(tx, m.id, data.betrokkeneId);
    if (link.geinformeerdOp || link.nietGeinformeerd)
      throw new RuleViolation("Voor deze betrokkene is het informeren al vastgelegd; verlengen is niet meer nodig.");
    if (link.informerenVerlengd >= INFORMEREN_MAX_VERLENGINGEN)
      throw new RuleViolation("De termijn is al een jaar verlengd; verder verlengen kan niet.");
    const oud = informerenDeadline(m.datumMelding, link.informerenVerlengd);
    if (compareDates(todayInAmsterdam(), oud) > 0)
      throw new RuleViolation(
        `De termijn is verstreken op ${formatDatumNl(oud)}; verlengen kan alleen vóór het einde van de termijn.`,
      );
    const nieuw = informerenDeadline(m.datumMelding, link.informerenVerlengd + 1);
    await recordCorrectie(tx, user, audit, {
      entityType: "melding",
      entityId: m.id,
      casusId: m.casusId,
      reden: data.reden,
      wijzigingen: [
        {
          veld: "informerenVerlengd",
          label: `${formatNaam(link.betrokkene)}: termijn informeren`,
          oud: formatDatumNl(oud),
          nieuw: formatDatumNl(nieuw),
        },
      ],
      betrokkeneIds: [data.betrokkeneId],
    });
    await tx.meldingBetrokkene.update({
      where: { meldingId_betrokkeneId: { meldingId: m.id, betrokkeneId: data.betrokkeneId } },
      data: { informerenVerlengd: { increment: 1 } },
    });
    return { meldingnummer: data.meldingnummer };
  },
);
