// The casus state machine as pure rules over a plain snapshot of one casus (no I/O). Every can… function
// returns { ok: true } or { ok: false, reden } with a Dutch reason that can be shown to the user as is.
import { labelOf } from "./codes";
import { formatDatumNl } from "./dates";

export type DienstSoort = "V" | "O";
export type DienstStatus = "LOPEND" | "AFSLUITING_VOORGESTELD" | "AFGESLOTEN";
export type OverdrachtMoment = 1 | 2 | 3;

export type BeoordelingSnapshot = { inhoud: string; definitief: boolean; datum: Date };
export type MeldingSnapshot = { id: string; datumMelding: Date; beoordeling?: BeoordelingSnapshot | null };
export type DienstSnapshot = {
  id: string;
  soort: DienstSoort;
  status: DienstStatus;
  startdatum: Date;
  einddatum?: Date | null;
  /** The melding whose veiligheidsbeoordeling led to this dienst, when known. */
  meldingId?: string | null;
};
export type OverdrachtSnapshot = {
  moment: OverdrachtMoment;
  bronMeldingId?: string | null;
  bronDienstId?: string | null;
};
export type CasusSnapshot = {
  gesloten: boolean;
  meldingen: MeldingSnapshot[];
  diensten: DienstSnapshot[];
  overdrachten: OverdrachtSnapshot[];
};

export type RuleResult = { ok: true } | { ok: false; reden: string };
export type CloseResult = { ok: true } | { ok: false; reden: string; redenen: string[] };
export type CasusStage = "BEOORDELING" | "DIENST" | "DIENST_STARTEN" | "OVERDRACHT_MONITORING" | "GESLOTEN";

/** List F codes the rules depend on. */
export const INHOUD_VERVOLGSTAPPEN_VT = "01";
export const INHOUD_OVERDRACHT = "02";
export const INHOUD_GEEN_VERVOLGSTAPPEN = "03";
export const INHOUD_REGIONAAL_MAATWERK = "04";
/** Beoordelingen after which Veilig Thuis itself takes no further steps: the voordeur closes the casus. */
export const INHOUD_AFSLUITEN = [INHOUD_GEEN_VERVOLGSTAPPEN, INHOUD_REGIONAAL_MAATWERK];

export const DIENST_SOORT_LABELS: Record<DienstSoort, string> = { V: "Voorwaarden en Vervolg", O: "Onderzoek" };
export const STAGE_LABELS: Record<CasusStage, string> = {
  BEOORDELING: "Wacht op veiligheidsbeoordeling",
  DIENST: "Dienst loopt",
  DIENST_STARTEN: "Wacht op start dienst",
  OVERDRACHT_MONITORING: "Overdracht en monitoring",
  GESLOTEN: "Gesloten",
};

const OK: RuleResult = { ok: true };
const fail = (reden: string): RuleResult => ({ ok: false, reden });
const GESLOTEN_REDEN = "De casus is gesloten; er kan niets meer aan worden toegevoegd";

export function hasFinalBeoordeling(m: MeldingSnapshot): boolean {
  return m.beoordeling?.definitief === true;
}

export function isDienstOpen(d: DienstSnapshot): boolean {
  return d.status !== "AFGESLOTEN";
}

/** A new melding joins an open casus (vervolgmelding); a closed casus takes nothing (a hermelding opens a new one). */
export function canAddMelding(s: CasusSnapshot): RuleResult {
  return s.gesloten ? fail("De casus is gesloten; een nieuwe melding opent een nieuwe casus (hermelding)") : OK;
}

/** A melding gets one veiligheidsbeoordeling; once final it is never overwritten. */
export function canRecordBeoordeling(s: CasusSnapshot, meldingId: string): RuleResult {
  if (s.gesloten) return fail(GESLOTEN_REDEN);
  const melding = s.meldingen.find((m) => m.id === meldingId);
  if (!melding) return fail("Deze melding hoort niet bij de casus");
  if (hasFinalBeoordeling(melding)) return fail("Deze melding heeft al een definitieve veiligheidsbeoordeling");
  return OK;
}

/** A dienst starts only after a final beoordeling "Vervolgstappen beleggen bij Veilig Thuis" (list F 01). */
export function canStartDienst(s: CasusSnapshot, beoordelingMeldingId: string, soort: DienstSoort): RuleResult {
  if (s.gesloten) return fail(GESLOTEN_REDEN);
  if (!(soort in DIENST_SOORT_LABELS)) return fail("Onbekende soort dienst");
  const melding = s.meldingen.find((m) => m.id === beoordelingMeldingId);
  if (!melding) return fail("Deze melding hoort niet bij de casus");
  if (!hasFinalBeoordeling(melding)) return fail("De veiligheidsbeoordeling van deze melding is nog niet definitief");
  if (melding.beoordeling!.inhoud !== INHOUD_VERVOLGSTAPPEN_VT) {
    return fail(`Een dienst kan alleen starten na de beslissing '${labelOf("F", INHOUD_VERVOLGSTAPPEN_VT)}'`);
  }
  const open = s.diensten.filter(isDienstOpen);
  if (open.some((d) => d.meldingId === beoordelingMeldingId)) {
    return fail("Er loopt al een dienst na deze veiligheidsbeoordeling");
  }
  if (open.some((d) => d.soort === soort)) {
    return fail(`Er loopt al een dienst ${DIENST_SOORT_LABELS[soort]} in deze casus`);
  }
  return OK;
}

export type OverdrachtInput = { moment: number; bronMeldingId?: string | null; bronDienstId?: string | null };

/**
 * Straight after the veiligheidsbeoordeling (moment 1) Veilig Thuis hands over only to the parties the protocol
 * names for it: the cliëntsysteem, the lokaal veld, a professional already involved, a multidisciplinair team
 * (list I 01–04). Police, the Raad and the others receive a casus after a dienst (moments 2 and 3).
 */
export const PARTIJEN_MOMENT_1 = ["01", "02", "03", "04"];
export const PARTIJ_MOMENT_1_REDEN =
  "Direct na de veiligheidsbeoordeling wordt alleen overgedragen aan het cliëntsysteem, het lokale veld of wijkteam, een al betrokken professional of een multidisciplinair team.";
export function partijPastBijMoment(moment: number, partij: string): boolean {
  return moment !== 1 || PARTIJEN_MOMENT_1.includes(partij);
}

/**
 * Moment 1 (na veiligheidsbeoordeling): the melding's final beoordeling is "Overdracht" (list F 02).
 * Moment 2 / 3 (na V&V / na Onderzoek): a closed dienst of that soort in this casus.
 */
export function canAddOverdracht(s: CasusSnapshot, input: OverdrachtInput): RuleResult {
  if (s.gesloten) return fail(GESLOTEN_REDEN);
  if (input.moment === 1) {
    if (input.bronDienstId)
      return fail("Een overdracht na de veiligheidsbeoordeling verwijst naar een melding, niet naar een dienst");
    if (!input.bronMeldingId) return fail("Kies de melding waarna wordt overgedragen");
    const melding = s.meldingen.find((m) => m.id === input.bronMeldingId);
    if (!melding) return fail("Deze melding hoort niet bij de casus");
    if (!hasFinalBeoordeling(melding)) return fail("De veiligheidsbeoordeling van deze melding is nog niet definitief");
    if (melding.beoordeling!.inhoud !== INHOUD_OVERDRACHT) {
      return fail(
        `Overdracht na de veiligheidsbeoordeling kan alleen bij de beslissing '${labelOf("F", INHOUD_OVERDRACHT)}'`,
      );
    }
    return OK;
  }
  if (input.moment === 2 || input.moment === 3) {
    const soort: DienstSoort = input.moment === 2 ? "V" : "O";
    const naam = DIENST_SOORT_LABELS[soort];
    if (input.bronMeldingId) return fail(`Een overdracht na ${naam} verwijst naar een dienst, niet naar een melding`);
    if (!input.bronDienstId) return fail(`Kies de dienst ${naam} waarna wordt overgedragen`);
    const dienst = s.diensten.find((d) => d.id === input.bronDienstId);
    if (!dienst) return fail("Deze dienst hoort niet bij de casus");
    if (dienst.soort !== soort) return fail(`Een overdracht na ${naam} moet verwijzen naar een dienst ${naam}`);
    if (isDienstOpen(dienst)) return fail(`De dienst ${naam} is nog niet afgesloten`);
    return OK;
  }
  return fail("Het moment van overdracht moet 1, 2 of 3 zijn");
}

/** Monitoring follows an overdracht, on an open casus. */
export function canAddMonitoring(s: CasusSnapshot): RuleResult {
  if (s.gesloten) return fail(GESLOTEN_REDEN);
  if (s.overdrachten.length === 0) return fail("Monitoring kan pas na een overdracht");
  return OK;
}

/** All reasons that block closing the casus: an open dienst, a melding without final beoordeling. */
export function canCloseCasus(s: CasusSnapshot): CloseResult {
  if (s.gesloten) return { ok: false, reden: "De casus is al gesloten", redenen: ["De casus is al gesloten"] };
  const redenen = [
    ...s.diensten
      .filter(isDienstOpen)
      .map(
        (d) => `De dienst ${DIENST_SOORT_LABELS[d.soort]} van ${formatDatumNl(d.startdatum)} is nog niet afgesloten`,
      ),
    ...s.meldingen
      .filter((m) => !hasFinalBeoordeling(m))
      .map((m) => `De melding van ${formatDatumNl(m.datumMelding)} heeft nog geen definitieve veiligheidsbeoordeling`),
  ];
  return redenen.length === 0 ? { ok: true } : { ok: false, reden: redenen.join("; "), redenen };
}

/** A final beoordeling "Vervolgstappen beleggen bij Veilig Thuis" after which no dienst has started yet. */
export function awaitsDienst(s: CasusSnapshot, m: MeldingSnapshot): boolean {
  return (
    hasFinalBeoordeling(m) &&
    m.beoordeling!.inhoud === INHOUD_VERVOLGSTAPPEN_VT &&
    !s.diensten.some((d) => d.meldingId === m.id)
  );
}

/** Where the casus stands; an awaited beoordeling goes first because its deadline is shortest. */
export function deriveStage(s: CasusSnapshot): CasusStage {
  if (s.gesloten) return "GESLOTEN";
  if (s.meldingen.some((m) => !hasFinalBeoordeling(m))) return "BEOORDELING";
  if (s.diensten.some(isDienstOpen)) return "DIENST";
  if (s.meldingen.some((m) => awaitsDienst(s, m))) return "DIENST_STARTEN";
  return "OVERDRACHT_MONITORING";
}

export function getStageLabel(stage: CasusStage): string {
  return STAGE_LABELS[stage];
}

/**
 * Closing in the voordeur after "Geen vervolgstappen nodig" or "Inzet regionaal maatwerk": a casus without a
 * casemanager, with such a final beoordeling and no final "vervolgstappen" still awaiting its dienst, is to be
 * closed by triage (docs/decisions/015). What still blocks it: a melding without a final beoordeling, an
 * "Overdracht" beoordeling whose overdracht is not recorded, an open dienst. Null when the rule does not apply.
 */
export function voordeurAfsluiten(s: CasusSnapshot & { heeftCasemanager: boolean }): { blokkades: string[] } | null {
  if (s.gesloten || s.heeftCasemanager) return null;
  const definitief = s.meldingen.filter(hasFinalBeoordeling);
  if (!definitief.some((m) => INHOUD_AFSLUITEN.includes(m.beoordeling!.inhoud))) return null;
  if (definitief.some((m) => awaitsDienst(s, m))) return null;
  const blokkades = [
    ...s.meldingen
      .filter((m) => !hasFinalBeoordeling(m))
      .map((m) => `De melding van ${formatDatumNl(m.datumMelding)} heeft nog geen definitieve veiligheidsbeoordeling`),
    ...definitief
      .filter(
        (m) =>
          m.beoordeling!.inhoud === INHOUD_OVERDRACHT &&
          !s.overdrachten.some((o) => o.moment === 1 && o.bronMeldingId === m.id),
      )
      .map((m) => `De overdracht na de melding van ${formatDatumNl(m.datumMelding)} is nog niet vastgelegd`),
    ...s.diensten
      .filter(isDienstOpen)
      .map(
        (d) => `De dienst ${DIENST_SOORT_LABELS[d.soort]} van ${formatDatumNl(d.startdatum)} is nog niet afgesloten`,
      ),
  ];
  return { blokkades };
}
