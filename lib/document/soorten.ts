// What a document is. The codes are also a CHECK constraint in the database (migration
// 20261205213458_dossier; lib/journaal/soorten.test.ts keeps both equal).
export const DOCUMENT_SOORTEN = {
  zorgmelding_politie: "Zorgmelding politie",
  rapport: "Rapport",
  verslag_onderzoek: "Verslag onderzoek",
  brief: "Brief",
  foto: "Foto",
  anders: "Anders",
} as const;
export type DocumentSoort = keyof typeof DOCUMENT_SOORTEN;
export const DOCUMENT_SOORT_CODES = Object.keys(DOCUMENT_SOORTEN) as DocumentSoort[];

/** 20 MB: the largest document the dossier takes. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const MAX_BESTANDSNAAM = 120;

/** A document's bytes are stored and streamed in parts of this size (table document_deel). */
export const DEEL_BYTES = 1024 * 1024;
