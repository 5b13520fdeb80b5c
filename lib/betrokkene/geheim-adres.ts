// Geheim adres on or off for one betrokkene (lib/betrokkene/adres.ts masks it): within dossierWriteScope, with a
// reason, recorded in the casus's correction history and audited in the same transaction.
import "server-only";
import { defineCommand } from "@/lib/auth/door";
import { NotFound, RuleViolation } from "@/lib/auth/errors";
import { findWritableCasus } from "@/lib/casus/dossier-scope";
import { recordCorrectie } from "@/lib/correctie/record";
import { ZGeheimAdres } from "./geheim-adres-schema";

export const setGeheimAdres = defineCommand(
  { permission: "geheim-adres:write", schema: ZGeheimAdres, resource: { type: "betrokkene" } },
  async ({ tx, user, data, audit }) => {
    const casus = await findWritableCasus(tx, user, data.casusnummer);
    const b = await tx.betrokkene.findFirst({ where: { id: data.id, casusId: casus.id } });
    if (!b) throw new NotFound("Betrokkene niet gevonden");
    if (b.geheimAdres === data.geheim)
      throw new RuleViolation(data.geheim ? "Het adres is al afgeschermd." : "Het adres is niet afgeschermd.");
    await recordCorrectie(tx, user, audit, {
      entityType: "betrokkene",
      entityId: b.id,
      casusId: casus.id,
      reden: data.reden,
      wijzigingen: [
        {
          veld: "geheimAdres",
          label: "Geheim adres",
          oud: b.geheimAdres ? "ja" : "nee",
          nieuw: data.geheim ? "ja" : "nee",
        },
      ],
      betrokkeneIds: [b.id],
    });
    await tx.betrokkene.update({ where: { id: b.id }, data: { geheimAdres: data.geheim, version: { increment: 1 } } });
    return { id: b.id, casusnummer: casus.nummer };
  },
);
