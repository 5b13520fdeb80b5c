// Readable Dutch for the access log (NEN 7513 views): what was done, to which part of the dossier, with what result.
import type { AuditAction, AuditOutcome } from "@/generated/prisma/enums";

export const ACTIE_LABELS: Record<AuditAction, string> = {
  READ: "Ingezien",
  CREATE: "Aangemaakt",
  UPDATE: "Gewijzigd",
  DELETE: "Verwijderd",
  EXPORT: "Geëxporteerd",
  LOGIN: "Ingelogd",
  LOGOUT: "Uitgelogd",
};

export const UITKOMST_LABELS: Record<AuditOutcome, string> = {
  SUCCESS: "Gelukt",
  FAILURE: "Mislukt of niet gevonden",
  DENIED: "Geweigerd",
};

const ONDERDELEN: Record<string, string> = {
  casus: "Casus",
  melding: "Melding",
  advies: "Advies",
  advies_contact: "Contactgegevens adviesvrager",
  adviezen: "Adviezenlijst",
  dienst: "Dienst (onderzoek of V&V)",
  betrokkene: "Betrokkene",
  betrokkene_relatie: "Relatie tussen betrokkenen",
  persoon_koppeling: "Koppeling van een persoon",
  veiligheidsbeoordeling: "Veiligheidsbeoordeling",
  veiligheidsvoorwaarde: "Veiligheidsplan",
  overdracht: "Overdracht",
  monitoringsmoment: "Monitoring",
  journaal: "Journaal",
  journaalregel: "Journaalregel",
  journaalaanvulling: "Aanvulling op journaalregel",
  document: "Document",
  correctie: "Correctie",
  opvolging: "Terugkoppeling of informeren",
  noodtoegang: "Noodtoegang",
  levering: "Levering CBS",
  teamoverzicht: "Teamoverzicht",
  termijnen: "Termijnenoverzicht",
  werkvoorraad: "Werkvoorraad",
  zoekopdracht: "Zoekopdracht",
  taak: "Taak",
  signaal: "Signaal",
  signalen: "Signalen",
  user: "Gebruikersaccount",
  account: "Eigen account",
  password: "Wachtwoord",
  session: "Sessie",
  organisatie: "Instellingen",
  gemeentelijst: "Gemeentelijst",
  audit_event: "Toegangslog",
  page: "Pagina",
  synth: "Synthetische gegevens",
  privacy_log: "Toegangslog",
  controle: "Controle van het log",
  verzoek: "Verzoek (AVG)",
  afschrift: "Afschrift (inzage)",
};

export function onderdeelLabel(entityType: string): string {
  return ONDERDELEN[entityType] ?? entityType.replace(/_/g, " ");
}
