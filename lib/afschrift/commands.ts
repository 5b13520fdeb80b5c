// The inzage function of the privacy officer (docs/decisions/018): which journaalregels about the person of an inzage
// request may be shared in the afschrift. The choice is replaced as a whole, only while the request is open, and
// only from the regels about that person.
import "server-only";
import { defineCommand } from "@/lib/auth/door";
import { NotFound, RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { journaalVanPersoon } from "./inhoud";
import { zelfdePersoon } from "./persoon";
import { ZDeelbareRegels } from "./schema";

export const kiesDeelbareRegels = defineCommand(
  { permission: "verzoek:write", schema: ZDeelbareRegels, resource: { type: "verzoek" } },
  async ({ tx, user, data, audit }) => {
    const v = await tx.verzoek.findUnique({
      where: { id: data.id },
      select: { id: true, soort: true, besluit: true, casusId: true, betrokkeneId: true },
    });
    if (!v) throw new NotFound("verzoek");
    if (v.soort !== "INZAGE") throw new RuleViolation("Alleen bij een verzoek om inzage hoort een afschrift.");
    if (v.besluit) throw new RuleViolation("Over dit verzoek is al besloten; de keuze ligt vast.");
    const zelf = await zelfdePersoon(tx, v.betrokkeneId);
    const overPersoon = new Set(
      (
        await journaalVanPersoon(
          tx,
          zelf.map((b) => b.id),
        )
      ).map((r) => r.id),
    );
    const gekozen = [...new Set(data.regelIds)];
    if (gekozen.some((id) => !overPersoon.has(id)))
      throw new ValidationFailed({ regelIds: "Kies alleen vastgelegde journaalregels over deze persoon." });
    await tx.afschriftRegel.deleteMany({ where: { verzoekId: v.id } });
    await tx.afschriftRegel.createMany({
      data: gekozen.map((regelId) => ({ verzoekId: v.id, regelId, doorId: user.id })),
    });
    await audit({
      action: "UPDATE",
      entityType: "verzoek",
      entityId: v.id,
      casusId: v.casusId,
      betrokkeneIds: [v.betrokkeneId],
      detail: `afschrift: ${gekozen.length} journaalregel(s) shareable`,
    });
    return { id: v.id, aantal: gekozen.length };
  },
);
