// Reads of documents: the list of a casus (never the bytes) and one document's bytes for its download, which is
// audited as an EXPORT before a byte leaves the server. Withdrawn documents are not in the dossier any more.
import "server-only";
import type { Actor } from "@/lib/auth/audit";
import { prisma } from "@/lib/db/client";
import { auditedRead, notFoundEvent } from "@/lib/auth/audited-read";
import { casusScope, casusScopeSql } from "@/lib/auth/scope";
import { Prisma } from "@/generated/prisma/client";
import { vastPlan } from "@/lib/db/vast-plan";
import { jsonTijd } from "@/lib/db/json-tijd";
import { formatNaam } from "@/lib/casus/naam";
import type { DocumentSoort } from "./soorten";

export type DocumentView = {
  id: string;
  version: number;
  titel: string;
  soort: DocumentSoort;
  datum: string;
  bestandsnaam: string;
  mediaType: string;
  grootte: number;
  sha256: string;
  hoortBij: string | null;
  toegevoegdDoor: string;
  toegevoegdOp: string;
};

/** A document row of the list, from one statement (dates as JSON strings). */
export type DocumentRij = Omit<DocumentView, "datum" | "toegevoegdOp" | "hoortBij"> & {
  datum: string;
  toegevoegdOp: string;
  melding: string | null;
  dienst: string | null;
  betrokkene: {
    voornamen: string | null;
    tussenvoegsel: string | null;
    achternaam: string | null;
    persoonsvolgnummer: number;
  } | null;
};

/** The documents of casus `c` as one JSON column (a correlated subquery): who added them and what they belong to,
 * newest first, withdrawn ones left out. Its own statement below, and part of the casus page's (lib/casus/dossier-delen.ts). */
export const documentenKolom = Prisma.sql`coalesce((SELECT json_agg(json_build_object('id', d.id, 'version', d.version,
    'titel', d.titel, 'soort', d.soort, 'datum', to_char(d.datum, 'YYYY-MM-DD'), 'bestandsnaam', d.bestandsnaam,
    'mediaType', d."mediaType", 'grootte', d.grootte, 'sha256', d.sha256, 'toegevoegdOp', d."toegevoegdOp",
    'toegevoegdDoor', u."displayName", 'melding', m.nummer, 'dienst', di.nummer,
    'betrokkene', CASE WHEN b.id IS NULL THEN NULL ELSE json_build_object('voornamen', b.voornamen,
      'tussenvoegsel', b.tussenvoegsel, 'achternaam', b.achternaam,
      'persoonsvolgnummer', b.persoonsvolgnummer) END) ORDER BY d.datum DESC, d."toegevoegdOp" DESC)
  FROM document d JOIN app_user u ON u.id = d."toegevoegdDoorId"
    LEFT JOIN melding m ON m.id = d."meldingId" LEFT JOIN dienst di ON di.id = d."dienstId"
    LEFT JOIN betrokkene b ON b.id = d."betrokkeneId"
  WHERE d."casusId" = c.id AND d."ingetrokkenOp" IS NULL), '[]')`;

/** The rows of documentenKolom as the dossier shows them. */
export function toDocumentViews(rows: DocumentRij[]): DocumentView[] {
  return rows.map(({ melding, dienst, betrokkene, ...d }) => ({
    ...d,
    soort: d.soort as DocumentSoort,
    datum: jsonTijd(d.datum).toISOString(),
    hoortBij: melding ? `Melding ${melding}` : dienst ? `Dienst ${dienst}` : betrokkene ? formatNaam(betrokkene) : null,
    toegevoegdOp: jsonTijd(d.toegevoegdOp).toISOString(),
  }));
}

/** The audit event of a casus's document list (one, naming the casus and how many were listed). */
export const documentenEvent = (casusId: number, aantal: number) => ({
  entityType: "document",
  entityId: casusId,
  casusId,
  detail: `list ${aantal}`,
});

/** The documents of a casus in one statement: the casus inside the user's scope, with documentenKolom. */
export async function getDocumenten(user: Actor, casusnummer: string) {
  return auditedRead(
    user,
    { permission: "casus:read", resource: { type: "document", id: casusnummer } },
    async (tx) => {
      const [casus] = await tx.$queryRaw<{ casusId: number; documenten: DocumentRij[] }[]>(
        vastPlan(Prisma.sql`SELECT c.id AS "casusId", ${documentenKolom} AS documenten
          FROM casus c WHERE c.nummer = ${casusnummer} AND ${casusScopeSql(user)}`),
      );
      return casus ? { casusId: casus.casusId, documenten: toDocumentViews(casus.documenten) } : null;
    },
    (r) => (r ? documentenEvent(r.casusId, r.documenten.length) : notFoundEvent("document", casusnummer)),
  ).then((r) => r?.documenten ?? null);
}

/** One document for the download route (audited as an export); null when outside the user's scope or withdrawn. */
export async function openDocument(user: Actor, id: string) {
  return auditedRead(
    user,
    { permission: "document:read", resource: { type: "document", id } },
    (tx) =>
      tx.document.findFirst({
        where: { id, ingetrokkenOp: null, casus: casusScope(user) },
        select: {
          id: true,
          casusId: true,
          betrokkeneId: true,
          bestandsnaam: true,
          mediaType: true,
          sha256: true,
          grootte: true,
        },
      }),
    (d) =>
      d
        ? {
            action: "EXPORT",
            entityType: "document",
            entityId: d.id,
            casusId: d.casusId,
            betrokkeneIds: d.betrokkeneId ? [d.betrokkeneId] : [],
            detail: "download",
          }
        : notFoundEvent("document", id),
  );
}

/** The bytes of a document opened with openDocument, part after part (1 MB each), as a web stream. */
export function documentStream(id: string): ReadableStream<Uint8Array> {
  let deel = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const d = await prisma.documentDeel.findUnique({
        where: { documentId_volgnummer: { documentId: id, volgnummer: deel++ } },
        select: { bytes: true },
      });
      if (d) controller.enqueue(new Uint8Array(d.bytes));
      else controller.close();
    },
  });
}

/** All bytes of a document (tests and small files). */
export async function documentBytes(id: string): Promise<Buffer> {
  const delen = await prisma.documentDeel.findMany({ where: { documentId: id }, orderBy: { volgnummer: "asc" } });
  return Buffer.concat(delen.map((d) => d.bytes));
}
