// A betrokkene without a BSN linked by a worker, with a reason, to a betrokkene of another casus as the same person
// (persoon_koppeling), and such a link undone. Two different real BSNs are never the same person. Within the
// dossier's write scope of this casus and the read scope of the other; audited.
import "server-only";
import { defineCommand } from "@/lib/auth/door";
import { NotFound, ValidationFailed } from "@/lib/auth/errors";
import { casusScope } from "@/lib/auth/scope";
import { isSpecialBsn } from "@/lib/domain/bsn";
import { betrokkeneVan, openCasus } from "./relaties";
import { ZKoppeling, ZOntkoppelen } from "./relatie-schema";

const echtBsn = (bsn: string | null) => (bsn && !isSpecialBsn(bsn) ? bsn : null);

export const koppelPersoon = defineCommand(
  { permission: "relatie:write", schema: ZKoppeling, resource: { type: "persoon_koppeling" } },
  async ({ tx, user, data, audit }) => {
    const casus = await openCasus(tx, user, data.casusnummer);
    const deze = await betrokkeneVan(tx, casus.id, data.betrokkeneId);
    const andere = await tx.betrokkene.findFirst({
      where: { id: data.andereId, casus: casusScope(user) },
      select: { id: true, bsn: true, casusId: true },
    });
    if (!andere) throw new ValidationFailed({ andereId: "Die persoon is niet gevonden." });
    if (andere.casusId === casus.id) throw new ValidationFailed({ andereId: "Kies een persoon uit een andere casus." });
    const [a, b] = [echtBsn(deze.bsn), echtBsn(andere.bsn)];
    if (a && b && a !== b)
      throw new ValidationFailed({
        andereId: "Deze personen hebben een verschillend BSN: het is niet dezelfde persoon.",
      });
    if (a && b) throw new ValidationFailed({ andereId: "Deze personen zijn al verbonden door hun BSN." });
    const [aId, bId] = [Math.min(deze.id, andere.id), Math.max(deze.id, andere.id)];
    if (await tx.persoonKoppeling.count({ where: { aId, bId } }))
      throw new ValidationFailed({ andereId: "Deze personen zijn al gekoppeld." });
    const k = await tx.persoonKoppeling.create({
      data: { aId, bId, reden: data.reden, createdById: user.id },
      select: { id: true },
    });
    await audit({
      action: "CREATE",
      entityType: "persoon_koppeling",
      entityId: k.id,
      casusId: casus.id,
      betrokkeneIds: [deze.id, andere.id],
    });
    return { casusnummer: casus.nummer };
  },
);

export const ontkoppelPersoon = defineCommand(
  { permission: "relatie:write", schema: ZOntkoppelen, resource: { type: "persoon_koppeling" } },
  async ({ tx, user, data, audit }) => {
    const casus = await openCasus(tx, user, data.casusnummer);
    const k = await tx.persoonKoppeling.findFirst({
      where: { id: data.koppelingId, OR: [{ a: { casusId: casus.id } }, { b: { casusId: casus.id } }] },
    });
    if (!k) throw new NotFound("Koppeling niet gevonden");
    await tx.persoonKoppeling.delete({ where: { id: k.id } });
    await audit({
      action: "DELETE",
      entityType: "persoon_koppeling",
      entityId: k.id,
      casusId: casus.id,
      betrokkeneIds: [k.aId, k.bId],
    });
    return { casusnummer: casus.nummer };
  },
);
