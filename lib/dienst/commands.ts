// The dienst steps as audited units of work: start (after a final beoordeling "vervolgstappen bij Veilig
// Thuis"), propose the closing (case manager), confirm or send back (a second user: four eyes).
// The server actions in ./actions.ts call these; tests call them with an explicit user.
import "server-only";
import { maakSignaal } from "@/lib/signaal/maak";
import { defineCommand } from "@/lib/auth/door";
import { RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { staleVersion, updateVersioned } from "@/lib/db/versioned";
import type { Tx } from "@/lib/db/client";
import { assertRule } from "@/lib/casus/snapshot";
import { canStartDienst } from "@/lib/domain/casus-state";
import { compareDates, formatDatumNl, todayInAmsterdam } from "@/lib/domain/dates";
import { lockScopedCasus, lockScopedDienst } from "@/lib/casus/scoped";
import { ZDienstAfsluiting, ZDienstAfsluitingBesluit, ZDienstStart, UITKOMST_NIET_ONDERZOCHT } from "./schema";
import { now } from "@/lib/domain/clock";

export const startDienst = defineCommand(
  { permission: "dienst:write", schema: ZDienstStart, resource: { type: "dienst" } },
  async ({ tx, user, data, audit }) => {
    const { casus, snapshot } = await lockScopedCasus(tx, user, data.casusnummer);
    assertRule(canStartDienst(snapshot, String(data.meldingId), data.soort));
    const melding = await tx.melding.findUniqueOrThrow({
      where: { id: data.meldingId },
      select: { beoordeling: { select: { id: true, datum: true } }, betrokkenen: { select: { betrokkeneId: true } } },
    });
    const beoordeling = melding.beoordeling!;
    if (compareDates(data.startdatum, beoordeling.datum) < 0) {
      throw new ValidationFailed({
        startdatum: `De startdatum ligt vóór de veiligheidsbeoordeling van ${formatDatumNl(beoordeling.datum)}.`,
      });
    }
    if (compareDates(data.startdatum, casus.begindatum) < 0) {
      throw new ValidationFailed({
        startdatum: `De startdatum ligt vóór de begindatum van de casus (${formatDatumNl(casus.begindatum)}).`,
      });
    }
    const dienst = await tx.dienst.create({
      data: {
        casusId: casus.id,
        beoordelingId: beoordeling.id,
        soort: data.soort,
        startdatum: data.startdatum,
        uitvoerderId: user.id,
      },
      select: { id: true, nummer: true },
    });
    await audit({
      action: "CREATE",
      entityType: "dienst",
      entityId: dienst.id,
      casusId: casus.id,
      betrokkeneIds: melding.betrokkenen.map((b) => b.betrokkeneId),
      detail: `start soort ${data.soort}`,
    });
    return { casusnummer: casus.nummer, dienstnummer: dienst.nummer };
  },
);

const SHOWN_ON_CONFLICT = ["status", "einddatum", "aardConclusie", "toelichting"];

/** An edit made from an older version is refused before any rule is judged: the user saw an outdated state. */
async function refuseIfStale(tx: Tx, dienst: { id: number; version: number }, version: number) {
  if (dienst.version !== version) throw await staleVersion(tx, tx.dienst, "dienst", dienst.id, SHOWN_ON_CONFLICT);
}

/** The rules of a closing against its dienst (soort, uitkomst, dates): for the proposal and its correction. */
export function checkAfsluiting(
  dienst: { soort: string; startdatum: Date },
  data: { uitkomstOnderzoek: string; voortijdig: boolean; einddatum: Date },
) {
  if (dienst.soort === "V" && data.uitkomstOnderzoek !== UITKOMST_NIET_ONDERZOCHT) {
    throw new ValidationFailed({
      uitkomst: "Voorwaarden en Vervolg heeft geen uitkomst van onderzoek: laat elke vorm op 'Niet onderzocht'.",
    });
  }
  if (dienst.soort === "O" && !data.voortijdig && data.uitkomstOnderzoek === UITKOMST_NIET_ONDERZOCHT) {
    throw new ValidationFailed({
      uitkomst: "Geef voor ten minste één onderzochte vorm de uitkomst, of kies 'Voortijdig afgesloten' met een reden.",
    });
  }
  if (compareDates(data.einddatum, dienst.startdatum) < 0) {
    throw new ValidationFailed({
      einddatum: `De einddatum ligt vóór de startdatum van de dienst (${formatDatumNl(dienst.startdatum)}).`,
    });
  }
}

export const proposeDienstAfsluiting = defineCommand(
  { permission: "dienst:write", schema: ZDienstAfsluiting, resource: { type: "dienst" } },
  async ({ tx, user, data, audit }) => {
    const dienst = await lockScopedDienst(tx, user, data.casusnummer, data.dienstId);
    await refuseIfStale(tx, dienst, data.version);
    if (dienst.status === "AFGESLOTEN") throw new RuleViolation("Deze dienst is al afgesloten.");
    checkAfsluiting(dienst, data);
    await updateVersioned(tx, tx.dienst, "dienst", dienst.id, data.version, {
      status: "AFSLUITING_VOORGESTELD",
      einddatum: data.einddatum,
      aardConclusie: data.aardConclusie,
      aanvullendeInformatie: data.aanvullendeInformatie,
      duur: data.duur,
      uitkomstOnderzoek: data.uitkomstOnderzoek,
      redenVoortijdig: data.redenVoortijdig,
      toelichting: data.toelichting,
      afsluitingVoorgesteldDoorId: user.id,
    });
    await audit({
      action: "UPDATE",
      entityType: "dienst",
      entityId: dienst.id,
      casusId: dienst.casusId,
      betrokkeneIds: dienst.betrokkeneIds,
      detail: dienst.status === "LOPEND" ? "afsluiting voorgesteld" : "voorstel afsluiting gewijzigd",
    });
    return { casusnummer: data.casusnummer, dienstnummer: dienst.nummer };
  },
);

export const decideDienstAfsluiting = defineCommand(
  { permission: "dienst:confirm", schema: ZDienstAfsluitingBesluit, resource: { type: "dienst" } },
  async ({ tx, user, data, audit }) => {
    const dienst = await lockScopedDienst(tx, user, data.casusnummer, data.dienstId);
    await refuseIfStale(tx, dienst, data.version);
    if (dienst.status !== "AFSLUITING_VOORGESTELD")
      throw new RuleViolation("Er wacht geen voorstel tot afsluiten van deze dienst op bevestiging.");
    if (dienst.afsluitingVoorgesteldDoorId === user.id) {
      throw new RuleViolation(
        "U heeft deze afsluiting zelf voorgesteld; een tweede medewerker moet haar bevestigen (vier ogen).",
      );
    }
    if (data.besluit === "bevestigen") {
      await updateVersioned(tx, tx.dienst, "dienst", dienst.id, data.version, {
        status: "AFGESLOTEN",
        afsluitingBevestigdDoorId: user.id,
        afsluitingBevestigdOp: now(),
      });
    } else {
      const wie = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { displayName: true } });
      const vandaag = formatDatumNl(todayInAmsterdam());
      const voorstel = dienst.einddatum ? ` (voorgestelde einddatum ${formatDatumNl(dienst.einddatum)})` : "";
      const notitie = `Teruggestuurd door ${wie.displayName} op ${vandaag}${voorstel}: ${data.reden}`;
      const toelichting = [notitie, dienst.toelichting].filter(Boolean).join("\n\n").slice(0, 8000);
      await updateVersioned(tx, tx.dienst, "dienst", dienst.id, data.version, {
        status: "LOPEND",
        einddatum: null,
        aardConclusie: [],
        aanvullendeInformatie: [],
        duur: "99",
        uitkomstOnderzoek: UITKOMST_NIET_ONDERZOCHT,
        redenVoortijdig: "00",
        afsluitingVoorgesteldDoorId: null,
        toelichting,
      });
    }
    await audit({
      action: "UPDATE",
      entityType: "dienst",
      entityId: dienst.id,
      casusId: dienst.casusId,
      betrokkeneIds: dienst.betrokkeneIds,
      detail: data.besluit === "bevestigen" ? "afsluiting bevestigd" : "afsluiting teruggestuurd",
    });
    if (data.besluit !== "bevestigen" && dienst.afsluitingVoorgesteldDoorId) {
      await maakSignaal(tx, {
        userId: dienst.afsluitingVoorgesteldDoorId,
        soort: "TERUGGESTUURD",
        casusId: dienst.casusId,
        tekst: `Het voorstel om dienst ${dienst.nummer} af te sluiten is teruggestuurd met een opmerking.`,
        href: `/casussen/${data.casusnummer}`,
      });
    }
    return { casusnummer: data.casusnummer, dienstnummer: dienst.nummer, besluit: data.besluit };
  },
);
