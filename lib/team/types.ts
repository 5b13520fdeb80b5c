// The team lead's overview and work lists as plain data (dates as ISO strings).
import type { OpenStage } from "./stage-where";

export type Persoon = { id: number; naam: string };

export type MeldingWerk = {
  id: number;
  nummer: string;
  version: number;
  casusNummer: string;
  datum: string;
  deadline: string;
  verstreken: boolean;
  status: string;
  behandelaarId: number | null;
  behandelaar: string | null;
};
export type CasusWerk = {
  id: number;
  nummer: string;
  version: number;
  begindatum: string;
  gemeente: string | null;
  stageLabel: string;
  casemanagerId: number | null;
  casemanager: string | null;
  beoordeling: string | null;
};

/** Counts per triage worker (null: nobody yet). */
export type TriageTelling = { behandelaar: Persoon | null; open: number; verstreken: number };
/** Counts per case manager. */
export type CasemanagerTelling = {
  casemanager: Persoon;
  casussen: number;
  lopendeDiensten: number;
  onderzoekOverTermijn: number;
};

export type TeamOverzicht = {
  vandaag: string;
  triage: TriageTelling[];
  casemanagers: CasemanagerTelling[];
  fasen: { fase: OpenStage; label: string; aantal: number }[];
  /** Open, no case manager, final beoordeling "Vervolgstappen bij Veilig Thuis": must be assigned. */
  teToewijzen: number;
  /** Open, no case manager, a beoordeling "Vervolgstappen" that still awaits confirmation: may be assigned ahead. */
  alvastToewijzen: number;
  /** Voordeur casussen after "geen vervolgstappen" / "regionaal maatwerk" still open (the Af te sluiten list). */
  afTeSluiten: number;
  meldingenOpen: number;
  meldingenVerstreken: number;
};
