// Afgeschermd dossier on or off (teamleider): afterwards only the listed users — always including the casus's
// casemanager and the teamleider who sets it — may open it (lib/auth/scope.ts), others only by noodtoegang, and
// every read of it is listed under Te controleren. One transaction, audited; the list is replaced as a whole.
import "server-only";
import { defineCommand } from "@/lib/auth/door";
import { NotFound, ValidationFailed } from "@/lib/auth/errors";
import { ZAfscherming } from "./schema";
import { AFSCHERMING_ROLLEN } from "./rollen";

export const setAfscherming = defineCommand(
  { permission: "afscherming:manage", schema: ZAfscherming, resource: { type: "casus" } },
  async ({ tx, user, data, audit }) => {
    // The teamleider manages the list also of a dossier they are not (yet) on: by number, not by their scope.
    const casus = await tx.casus.findUnique({
      where: { nummer: data.casusnummer },
      select: { id: true, nummer: true, casemanagerId: true },
    });
    if (!casus) throw new NotFound("casus");
    const gekozen = await tx.user.findMany({
      where: {
        username: { in: data.gebruikers },
        active: true,
        role: { in: AFSCHERMING_ROLLEN },
      },
      select: { id: true, username: true },
    });
    const onbekend = data.gebruikers.filter((u) => !gekozen.some((g) => g.username === u));
    if (onbekend.length)
      throw new ValidationFailed({ gebruikers: `Onbekende of geblokkeerde medewerker: ${onbekend.join(", ")}.` });
    const ids = new Set([...gekozen.map((g) => g.id), user.id, ...(casus.casemanagerId ? [casus.casemanagerId] : [])]);
    await tx.casusToegang.deleteMany({ where: { casusId: casus.id } });
    if (data.afgeschermd)
      await tx.casusToegang.createMany({ data: [...ids].map((userId) => ({ casusId: casus.id, userId })) });
    await tx.casus.update({ where: { id: casus.id }, data: { afgeschermd: data.afgeschermd } });
    await audit({
      action: "UPDATE",
      entityType: "casus",
      entityId: casus.id,
      casusId: casus.id,
      detail: data.afgeschermd ? `afgeschermd; readable by ${ids.size} users` : "afscherming lifted",
    });
    return { casusnummer: casus.nummer };
  },
);
