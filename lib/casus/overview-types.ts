// The casus overview as plain, serialisable data (dates as ISO strings): what the casus page renders.
import type { PlanView } from "@/lib/veiligheidsplan/plan";
// Codes stay codes; the components turn them into labels with lib/domain/codes.ts.
import type { BetrokkeneRol, DienstStatus } from "@/generated/prisma/enums";
import type { CasusStage, DienstSoort } from "@/lib/domain/casus-state";

export type PersoonRef = { id: number; naam: string };
export type Link = { href: string; label: string };

/** Deadline state of a step: done on time or late, or still open before or after its deadline. */
export type { TermijnStatus } from "@/lib/domain/termijn";
import type { TermijnStatus } from "@/lib/domain/termijn";

export type BetrokkeneView = {
  id: number;
  persoonsvolgnummer: number;
  naam: string;
  rol: BetrokkeneRol;
  bsn: string | null;
  geboortedatum: string | null;
  geslacht: string;
  adres: string | null;
  geheimAdres: boolean;
};

export type BeoordelingView = {
  id: number;
  nummer: string;
  datum: string;
  inhoud: string;
  taxatie: string;
  toelichting: string | null;
  besluitMet: string;
  vastgelegdDoor: string;
  vastgesteldDoor: string | null;
  vastgesteldOp: string | null;
};

/** "afgeschermd": the melder asked to stay anonymous and this reader may not see who it was. */
export type MelderView =
  { naam: string | null; contact: string | null; organisatieNaam: string | null } | "afgeschermd";

export type MeldingView = {
  id: number;
  nummer: string;
  datum: string;
  functieRol: string;
  organisatie: string;
  anoniem: boolean;
  melder: MelderView;
  aard: string[];
  aanvullendeInformatie: string[];
  duur: string;
  toelichting: string | null;
  behandelaar: string | null;
  version: number;
  /** Withdrawn by the teamleider: kept and shown, never delivered. */
  ingetrokken: { op: string; door: string; reden: string } | null;
  betrokkenen: PersoonRef[];
  deadline: string;
  termijn: TermijnStatus;
  beoordeling: BeoordelingView | null;
  links: Link[];
};

export type DienstView = {
  id: number;
  nummer: string;
  soort: DienstSoort;
  status: DienstStatus;
  startdatum: string;
  einddatum: string | null;
  aardConclusie: string[];
  aanvullendeInformatie: string[];
  duur: string;
  uitkomstOnderzoek: string;
  redenVoortijdig: string;
  toelichting: string | null;
  uitvoerder: string | null;
  voorgesteldDoor: string | null;
  bevestigdDoor: string | null;
  bevestigdOp: string | null;
  meldingNummer: string;
  deadline: string | null;
  termijn: TermijnStatus | null;
  href: string;
};

export type OverdrachtView = {
  id: number;
  nummer: string;
  datum: string;
  moment: number;
  bron: string | null;
  partij: string;
  hulp: string;
  betrokkenen: PersoonRef[];
  toelichting: string | null;
};

export type MonitoringView = {
  momenten: { id: number; nummer: string; datum: string; score: number; notitie: string | null }[];
  /** Date by which the next monitoringsmoment is due, while the casus is open and has an overdracht. */
  volgende: string | null;
  intervalDagen: number;
  /** The veiligheidsplan: voorwaarden with their oordeel per moment, and the chart's points. */
  plan: PlanView;
};

export type TijdlijnItem = { id: string; at: string; wie: string; wat: string };

export type CasusOverview = {
  id: number;
  nummer: string;
  version: number;
  begindatum: string;
  einddatum: string | null;
  gemeente: { code: string; naam: string | null } | null;
  hermelding: boolean;
  /** Afgeschermd dossier: readable only by the users listed on it (lib/afscherming). */
  afgeschermd: boolean;
  eerdereCasussen: { nummer: string; begindatum: string; einddatum: string | null }[];
  stage: CasusStage;
  stageLabel: string;
  casemanager: { id: number; naam: string } | null;
  betrokkenen: BetrokkeneView[];
  meldingen: MeldingView[];
  diensten: DienstView[];
  overdrachten: OverdrachtView[];
  monitoring: MonitoringView;
  tijdlijn: TijdlijnItem[];
  /** Steps this user may take now (role and protocol rules both allow them). */
  acties: Link[];
  /** Why the casus cannot be closed yet (shown to users who may close it). */
  afsluitenBlokkades: string[];
  mayAssign: boolean;
  /** Active case managers to choose from, only for a user who may assign. */
  casemanagerOpties: { id: number; naam: string }[];
  vandaag: string;
};
