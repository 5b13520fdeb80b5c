// Documents in the dossier: added with their bytes (type decided from the bytes, SHA-256 kept), withdrawn by the
// teamleider with a reason. The database keeps the bytes immutable and refuses deletion (migration _dossier).
import "server-only";
import { createHash } from "node:crypto";
import { defineCommand } from "@/lib/auth/door";
import { NotFound, RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { casusScope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import { now } from "@/lib/domain/clock";
import { findWritableCasus } from "@/lib/casus/dossier-scope";
import { detectBestandstype } from "./bestandstype";
import { opgeslagenNaam } from "./bestandsnaam";
import { ZDocumentIntrekken, ZDocumentUpload } from "./schema";
import { DEEL_BYTES } from "./soorten";

export const addDocument = defineCommand(
  { permission: "document:write", schema: ZDocumentUpload, resource: { type: "document" } },
  async ({ tx, user, data, audit }) => {
    const type = await detectBestandstype(data.inhoud);
    if (!type.ok) throw new ValidationFailed({ bestand: type.message });
    const casus = await findWritableCasus(tx, user, data.casusnummer);
    if (casus.einddatum) throw new RuleViolation("De casus is gesloten; er kan geen document meer bij.");
    const { meldingId, dienstId, betrokkeneId } = data.hoortBij;
    const hoort =
      (meldingId && (await tx.melding.count({ where: { id: meldingId, casusId: casus.id } }))) ||
      (dienstId && (await tx.dienst.count({ where: { id: dienstId, casusId: casus.id } }))) ||
      (betrokkeneId && (await tx.betrokkene.count({ where: { id: betrokkeneId, casusId: casus.id } })));
    if ((meldingId || dienstId || betrokkeneId) && !hoort)
      throw new ValidationFailed({ hoortBij: "Kies een melding, dienst of betrokkene van deze casus." });
    const doc = await tx.document.create({
      data: {
        casusId: casus.id,
        meldingId,
        dienstId,
        betrokkeneId,
        titel: data.titel,
        soort: data.soort,
        datum: data.datum,
        bestandsnaam: opgeslagenNaam(data.bestandsnaam, type.type.ext),
        mediaType: type.type.mediaType,
        grootte: data.inhoud.length,
        sha256: createHash("sha256").update(data.inhoud).digest("hex"),
        toegevoegdDoorId: user.id,
      },
      select: { id: true, sha256: true },
    });
    // The bytes in parts of 1 MB: each part is a small write (no copy of the whole file on its way to the database).
    for (let deel = 0; deel * DEEL_BYTES < data.inhoud.length; deel++) {
      const bytes = data.inhoud.subarray(deel * DEEL_BYTES, (deel + 1) * DEEL_BYTES) as Uint8Array<ArrayBuffer>;
      await tx.documentDeel.create({
        data: { documentId: doc.id, volgnummer: deel, bytes },
        select: { volgnummer: true },
      });
    }
    await audit({
      action: "CREATE",
      entityType: "document",
      entityId: doc.id,
      casusId: casus.id,
      betrokkeneIds: betrokkeneId ? [betrokkeneId] : [],
      detail: `${type.type.ext} ${data.inhoud.length} bytes`,
    });
    return { casusnummer: casus.nummer, id: doc.id, sha256: doc.sha256 };
  },
);

export const withdrawDocument = defineCommand(
  { permission: "document:withdraw", schema: ZDocumentIntrekken, resource: { type: "document" } },
  async ({ tx, user, data, audit }) => {
    const doc = await tx.document.findFirst({
      where: { id: data.id, casus: casusScope(user) },
      select: { id: true, casusId: true, ingetrokkenOp: true, casus: { select: { nummer: true } } },
    });
    if (!doc) throw new NotFound("Document niet gevonden");
    if (doc.ingetrokkenOp) throw new RuleViolation("Dit document is al ingetrokken.");
    await updateDocumentVersioned(tx, doc.id, data.version, {
      ingetrokkenOp: now(),
      ingetrokkenDoorId: user.id,
      intrekReden: data.reden,
    });
    await audit({
      action: "UPDATE",
      entityType: "document",
      entityId: doc.id,
      casusId: doc.casusId,
      detail: "ingetrokken",
    });
    return { casusnummer: doc.casus.nummer };
  },
);

async function updateDocumentVersioned(tx: Tx, id: string, version: number, data: Record<string, unknown>) {
  const { count } = await tx.document.updateMany({
    where: { id, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1)
    throw new RuleViolation("Dit document is intussen gewijzigd door een collega. Laad de pagina opnieuw.");
}
