// The team lead's delivery steps through the door: reserving a delivery (its build then runs in the background,
// lib/levering/build-job.ts) and making a complete, error-free concept final.
import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import { defineCommand } from "@/lib/auth/door";
import { RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { prismaSql } from "@/lib/db/prisma-sql";
import { now } from "@/lib/domain/clock";
import { todayInAmsterdam } from "@/lib/domain/dates";
import { checkLeverbarePeriode } from "@/lib/domain/periode";
import { leveringPath, reserveLevering } from "@/lib/levering/delivery-log";
import { ZLeveringId, ZMaakLevering } from "./schema";

/** Reserves the next volgnummer of a finished period; the caller starts the build after the commit. */
export const reserveerLevering = defineCommand(
  { permission: "levering:create", schema: ZMaakLevering, resource: { type: "levering" } },
  async ({ tx, user, data, audit }) => {
    const p = checkLeverbarePeriode(data.periode, todayInAmsterdam());
    if (!p.ok) throw new ValidationFailed({ periode: p.message });
    const { jaar, halfjaar } = p.periode;
    const reserved = await reserveLevering(prismaSql(tx), { jaar, halfjaar, soort: data.soort, actor: user });
    await audit({
      action: "CREATE",
      entityType: "levering",
      entityId: reserved.levering.bestandsnaam,
      detail: "reserved",
    });
    return { ...reserved, jaar, halfjaar, soort: data.soort };
  },
);

const sha256 = async (file: string) =>
  crypto
    .createHash("sha256")
    .update(await fs.promises.readFile(file))
    .digest("hex");

/** Marks a concept final: only a complete file without errors whose bytes still match the recorded hash. */
export const finalizeLevering = defineCommand(
  { permission: "levering:finalize", schema: ZLeveringId, resource: { type: "levering" } },
  async ({ tx, user, data, audit }) => {
    const l = await tx.levering.findUnique({ where: { id: data.id } });
    if (!l) throw new RuleViolation("Deze levering bestaat niet.");
    if (l.status === "DEFINITIEF") throw new RuleViolation("Deze levering is al definitief.");
    if (!l.sha256)
      throw new RuleViolation("Deze levering is niet volledig aangemaakt (afgebroken) en kan niet definitief worden.");
    if (l.aantalFouten > 0)
      throw new RuleViolation(
        `Deze levering heeft ${l.aantalFouten} fout(en): herstel die eerst en maak een nieuwe levering.`,
      );
    const newer = await tx.levering.findFirst({
      where: { jaar: l.jaar, halfjaar: l.halfjaar, status: "DEFINITIEF", volgnummer: { gt: l.volgnummer } },
    });
    if (newer) throw new RuleViolation("Er is al een latere definitieve levering van deze periode.");
    const actual = await sha256(leveringPath(l.bestandsnaam)).catch(() => null);
    if (actual !== l.sha256) throw new RuleViolation("Het bestand is na het aanmaken gewijzigd of verdwenen.");
    await tx.levering.update({
      where: { id: l.id },
      data: { status: "DEFINITIEF", definitiefDoorId: user.id, definitiefOp: now() },
    });
    await audit({ action: "UPDATE", entityType: "levering", entityId: l.bestandsnaam, detail: "definitief" });
    return { id: l.id };
  },
);
