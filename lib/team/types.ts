// The team lead's work lists as plain data (dates as ISO strings).
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
};
export type CasusWerk = {
  id: number;
  nummer: string;
  version: number;
  begindatum: string;
  gemeente: string | null;
  stageLabel: string;
  casemanagerId: number | null;
  beoordeling: string | null;
};

export type TriageGroep = { behandelaar: Persoon | null; meldingen: MeldingWerk[]; verstreken: number };
export type CasemanagerGroep = {
  casemanager: Persoon;
  casussen: CasusWerk[];
  lopendeDiensten: number;
  onderzoekOverTermijn: number;
};

export type TeamOverzicht = {
  vandaag: string;
  triage: TriageGroep[];
  casemanagers: CasemanagerGroep[];
  /** Open, no case manager, final beoordeling "Vervolgstappen bij Veilig Thuis": must be assigned. */
  teToewijzen: CasusWerk[];
  /** Open, no case manager, a beoordeling "Vervolgstappen" that still awaits confirmation: may be assigned ahead. */
  alvastToewijzen: CasusWerk[];
  triageOpties: Persoon[];
  casemanagerOpties: Persoon[];
};
