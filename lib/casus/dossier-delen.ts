// The parts of the casus page below its overview and journaal — documents, the Wijzigingshistorie and the eigen
// verklaringen — read in one statement: the casus inside the user's scope once, each part a column built by its own
// module (documentenKolom, historieKolom, verklaringenKolom) and shown through that module's mapper. The audit events
// are those of the three separate reads (getDocumenten, getWijzigingshistorie, getEigenVerklaringen): a list event
// for the documents and one for the history, one per verklaring shown. Held equal to those reads in
// dossier-delen.int.test.ts. One round trip instead of three on the page every worker opens most (issue 13).
import "server-only";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead, notFoundEvent, type ReadEvent } from "@/lib/auth/audited-read";
import { casusScopeSql } from "@/lib/auth/scope";
import { Prisma } from "@/generated/prisma/client";
import { vastPlan } from "@/lib/db/vast-plan";
import { documentenEvent, documentenKolom, toDocumentViews, type DocumentRij } from "@/lib/document/queries";
import { correctiesEvent, historieKolom, toCorrectieViews, type Historie } from "@/lib/correctie/queries";
import { toVerklaringen, verklaringenEvents, verklaringenKolom, type VerklaringRij } from "@/lib/verzoek/queries";

type DelenRij = {
  casusId: number;
  casemanagerId: number | null;
  documenten: DocumentRij[];
  historie: Historie;
  verklaringen: VerklaringRij[];
};

export async function getDossierDelen(user: Actor, casusnummer: string) {
  const r = await auditedRead(
    user,
    { permission: "casus:read", resource: { type: "casus", id: casusnummer } },
    async (tx) => {
      const [rij] = await tx.$queryRaw<DelenRij[]>(
        vastPlan(Prisma.sql`SELECT c.id AS "casusId", c."casemanagerId", ${documentenKolom} AS documenten,
          ${historieKolom} AS historie, ${verklaringenKolom} AS verklaringen
          FROM casus c WHERE c.nummer = ${casusnummer} AND ${casusScopeSql(user)}`),
      );
      return rij ?? null;
    },
    (rij): ReadEvent[] =>
      rij
        ? [
            documentenEvent(rij.casusId, rij.documenten.length),
            correctiesEvent(rij.casusId, rij.historie?.rijen.length ?? 0),
            ...verklaringenEvents(rij.verklaringen),
          ]
        : [notFoundEvent("document", casusnummer), notFoundEvent("correctie", casusnummer), ...verklaringenEvents([])],
  );
  return (
    r && {
      documenten: toDocumentViews(r.documenten),
      correcties: toCorrectieViews(user, r.casemanagerId, r.historie),
      verklaringen: toVerklaringen(r.verklaringen),
    }
  );
}
