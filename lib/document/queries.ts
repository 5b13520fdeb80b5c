// Reads of documents: the list of a casus (never the bytes) and one document's bytes for its download, which is
// audited as an EXPORT before a byte leaves the server. Withdrawn documents are not in the dossier any more.
import "server-only";
import type { Actor } from "@/lib/auth/audit";
import { prisma } from "@/lib/db/client";
import { auditedRead, notFoundEvent } from "@/lib/auth/audited-read";
import { casusScope } from "@/lib/auth/scope";
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

export async function getDocumenten(user: Actor, casusnummer: string) {
  return auditedRead(
    user,
    { permission: "casus:read", resource: { type: "document", id: casusnummer } },
    async (tx) => {
      const casus = await tx.casus.findFirst({
        where: { nummer: casusnummer, ...casusScope(user) },
        select: { id: true },
      });
      if (!casus) return null;
      const rows = await tx.document.findMany({
        where: { casusId: casus.id, ingetrokkenOp: null },
        orderBy: [{ datum: "desc" }, { toegevoegdOp: "desc" }],
        select: {
          id: true,
          version: true,
          titel: true,
          soort: true,
          datum: true,
          bestandsnaam: true,
          mediaType: true,
          grootte: true,
          sha256: true,
          toegevoegdOp: true,
          toegevoegdDoor: { select: { displayName: true } },
          melding: { select: { nummer: true } },
          dienst: { select: { nummer: true } },
          betrokkene: {
            select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true, persoonsvolgnummer: true },
          },
        },
      });
      const documenten: DocumentView[] = rows.map((d) => ({
        id: d.id,
        version: d.version,
        titel: d.titel,
        soort: d.soort as DocumentSoort,
        datum: d.datum.toISOString(),
        bestandsnaam: d.bestandsnaam,
        mediaType: d.mediaType,
        grootte: d.grootte,
        sha256: d.sha256,
        hoortBij: d.melding
          ? `Melding ${d.melding.nummer}`
          : d.dienst
            ? `Dienst ${d.dienst.nummer}`
            : d.betrokkene
              ? formatNaam(d.betrokkene)
              : null,
        toegevoegdDoor: d.toegevoegdDoor.displayName,
        toegevoegdOp: d.toegevoegdOp.toISOString(),
      }));
      return { casusId: casus.id, documenten };
    },
    (r) =>
      r
        ? { entityType: "document", entityId: r.casusId, casusId: r.casusId, detail: `list ${r.documenten.length}` }
        : notFoundEvent("document", casusnummer),
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
