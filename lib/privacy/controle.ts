// Te controleren (NEN 7513 §9: logs are reviewed): what the privacy officer works through — every noodtoegang,
// every day someone read an afgeschermd dossier, and every day an employee opened more dossiers (casus pages, not
// rows of work lists) outside their own caseload than the organisation's threshold. Each item has a stable key; marking it gecontroleerd stores the
// remark (controle). Items of the last 90 days (real clock: audit times are real times).
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead } from "@/lib/auth/audited-read";
import { defineCommand } from "@/lib/auth/door";
import { RuleViolation } from "@/lib/auth/errors";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { Role } from "@/generated/prisma/enums";
import { ZControle } from "./controle-schema";

export const CONTROLE_DAGEN = 90;

export type ControleSoort = "NOODTOEGANG" | "AFGESCHERMD" | "VOLUME";
export const CONTROLE_SOORT_LABELS: Record<ControleSoort, string> = {
  NOODTOEGANG: "Noodtoegang",
  AFGESCHERMD: "Afgeschermd dossier ingezien",
  VOLUME: "Veel dossiers buiten de eigen caseload",
};

export type ControleItem = {
  sleutel: string;
  soort: ControleSoort;
  op: string;
  medewerker: string;
  /** Whose log to open (the medewerker's username) and, when about one casus, its number. */
  username: string;
  casusnummer: string | null;
  omschrijving: string;
  gecontroleerd: { door: string; op: string; opmerking: string } | null;
};

type Row = {
  sleutel: string;
  soort: ControleSoort;
  op: Date;
  username: string;
  displayName: string;
  role: Role;
  casusnummer: string | null;
  omschrijving: string;
};

async function noodtoegangen(tx: Tx, sinds: Date): Promise<Row[]> {
  return tx.$queryRaw<Row[]>`
    SELECT 'noodtoegang:' || n.id AS sleutel, 'NOODTOEGANG' AS soort, n."startOp" AS op, u.username, u."displayName",
           u.role, c.nummer AS casusnummer,
           'Reden: ' || n.reden || ' (' || (SELECT count(*) FROM audit_event e WHERE e."noodtoegangId" = n.id
             AND e."casusId" = n."casusId") || ' gebeurtenissen)' AS omschrijving
    FROM noodtoegang n JOIN app_user u ON u.id = n."userId" JOIN casus c ON c.id = n."casusId"
    WHERE n."startOp" >= ${sinds}`;
}

async function afgeschermdGelezen(tx: Tx, sinds: Date): Promise<Row[]> {
  return tx.$queryRaw<Row[]>`
    SELECT 'afgeschermd:' || c.id || ':' || u.id || ':' || dag AS sleutel, 'AFGESCHERMD' AS soort, min(e.at) AS op,
           u.username, u."displayName", u.role, c.nummer AS casusnummer,
           count(*) || ' keer ingezien op ' || to_char(dag::date, 'DD-MM-YYYY') AS omschrijving
    FROM casus c
    JOIN LATERAL (
      SELECT e.at, e."userId", to_char(e.at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS dag
      FROM audit_event e WHERE e."casusId" = c.id AND e.at >= ${sinds} AND e.action = 'READ' AND e.outcome = 'SUCCESS'
    ) e ON TRUE
    JOIN app_user u ON u.id = e."userId"
    WHERE c.afgeschermd AND u.role <> 'PRIVACY'
    GROUP BY c.id, c.nummer, u.id, u.username, u."displayName", u.role, dag`;
}

async function grootVolume(tx: Tx, sinds: Date, drempel: number): Promise<Row[]> {
  return tx.$queryRaw<Row[]>`
    SELECT 'volume:' || u.id || ':' || v.dag AS sleutel, 'VOLUME' AS soort, v.eerste AS op, u.username,
           u."displayName", u.role, NULL AS casusnummer,
           v.dossiers || ' dossiers buiten de eigen caseload ingezien op ' || to_char(v.dag::date, 'DD-MM-YYYY')
             || ' (drempel ' || ${drempel}::int || ')' AS omschrijving
    FROM (
      SELECT e."userId", to_char(e.at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS dag,
             count(DISTINCT e."casusId") AS dossiers, min(e.at) AS eerste
      FROM audit_event e JOIN casus c ON c.id = e."casusId"
      WHERE e.at >= ${sinds} AND e.action = 'READ' AND e.outcome = 'SUCCESS' AND e."userId" IS NOT NULL
        AND c."casemanagerId" IS DISTINCT FROM e."userId"
        AND e."entityType" = 'casus' -- a dossier opened (its casus page), not a row of a work list
      GROUP BY 1, 2
      HAVING count(DISTINCT e."casusId") > ${drempel}
    ) v JOIN app_user u ON u.id = v."userId"
    WHERE u.role <> 'PRIVACY'`;
}

export type ControleFilter = "open" | "gecontroleerd" | "alle";

export async function listTeControleren(user: Actor, filter: ControleFilter = "open"): Promise<ControleItem[]> {
  return auditedRead(
    user,
    { permission: "controle:write" },
    async (tx) => {
      const sinds = new Date(Date.now() - CONTROLE_DAGEN * 86_400_000);
      const org = await tx.organisatie.findUnique({ where: { id: 1 }, select: { controleDossiersPerDag: true } });
      const rows = [
        ...(await noodtoegangen(tx, sinds)),
        ...(await afgeschermdGelezen(tx, sinds)),
        ...(await grootVolume(tx, sinds, org?.controleDossiersPerDag ?? 30)),
      ];
      const controles = await tx.controle.findMany({
        where: { sleutel: { in: rows.map((r) => r.sleutel) } },
        select: { sleutel: true, opmerking: true, op: true, door: { select: { displayName: true } } },
      });
      const gedaan = new Map(controles.map((c) => [c.sleutel, c]));
      return rows
        .map((r): ControleItem => {
          const c = gedaan.get(r.sleutel);
          return {
            sleutel: r.sleutel,
            soort: r.soort,
            op: r.op.toISOString(),
            medewerker: `${r.displayName} (${ROLE_LABELS[r.role]})`,
            username: r.username,
            casusnummer: r.casusnummer,
            omschrijving: r.omschrijving,
            gecontroleerd: c ? { door: c.door.displayName, op: c.op.toISOString(), opmerking: c.opmerking } : null,
          };
        })
        .filter((i) => filter === "alle" || (filter === "open") === (i.gecontroleerd === null))
        .sort((a, b) => (a.op < b.op ? 1 : a.op > b.op ? -1 : 0));
    },
    (items) => ({ entityType: "controle", detail: `te controleren (${filter}): ${items.length} items` }),
  );
}

/** Marks one item gecontroleerd with a remark; an item is checked once. */
export const markeerGecontroleerd = defineCommand(
  { permission: "controle:write", schema: ZControle },
  async ({ tx, data, user, audit }) => {
    const bestaat = await tx.controle.findUnique({ where: { sleutel: data.sleutel }, select: { id: true } });
    if (bestaat) throw new RuleViolation("Dit item is al gecontroleerd.");
    const c = await tx.controle.create({
      data: { sleutel: data.sleutel, opmerking: data.opmerking, doorId: user.id },
      select: { id: true },
    });
    const nood = /^noodtoegang:(\d+)$/.exec(data.sleutel);
    const casusId = nood
      ? ((await tx.noodtoegang.findUnique({ where: { id: Number(nood[1]) }, select: { casusId: true } }))?.casusId ??
        null)
      : /^afgeschermd:(\d+):/.test(data.sleutel)
        ? Number(/^afgeschermd:(\d+):/.exec(data.sleutel)![1])
        : null;
    await audit({ action: "CREATE", entityType: "controle", entityId: c.id, casusId, detail: data.sleutel });
    return { id: c.id };
  },
);
