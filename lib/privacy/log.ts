// The NEN 7513 access-log views of the privacy officer: every event about one casus (or one betrokkene in it), or
// everything one employee did, in time order, newest first. Keyset paging on (at, id) over the indexes
// audit_event(casusId, at, id) and (userId, at, id) stays fast over millions of events (npm run bench:auditlog).
// Rows carry readable Dutch and casusnummers, never internal ids. Each view is itself an audited read.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { AuditAction, AuditOutcome, Role } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead } from "@/lib/auth/audited-read";
import { authorize } from "@/lib/auth/authorize";
import { prisma } from "@/lib/db/client";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { ACTIE_LABELS, onderdeelLabel, UITKOMST_LABELS } from "./labels";
import { LOG_PAGINA, type LogFilter } from "./log-params";
import { toCsv } from "@/lib/export/csv";

export type LogWie = { casusId: number; betrokkeneId?: number } | { userId: number };

export type LogRij = {
  /** The cursor of this row, for the next page. */
  cursor: string;
  op: string;
  medewerker: string;
  rol: string;
  actie: string;
  onderdeel: string;
  casusnummer: string | null;
  uitkomst: string;
  noodtoegang: boolean;
  adres: string | null;
};

type Raw = {
  id: bigint;
  micros: bigint;
  at: Date;
  action: AuditAction;
  entityType: string;
  outcome: AuditOutcome;
  noodtoegangId: number | null;
  role: Role | null;
  username: string | null;
  displayName: string | null;
  casusnummer: string | null;
  clientAddress: string | null;
};

const dagBegin = (d: string) => Prisma.sql`((${d}::date)::timestamp AT TIME ZONE 'Europe/Amsterdam')`;

export function logWhere(wie: LogWie, f: LogFilter, metCursor = true): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if ("userId" in wie) parts.push(Prisma.sql`e."userId" = ${wie.userId}`);
  else {
    parts.push(Prisma.sql`e."casusId" = ${wie.casusId}`);
    // One person: the events about them and those about the whole dossier (which show everyone in it).
    if (wie.betrokkeneId !== undefined)
      parts.push(Prisma.sql`(e."betrokkeneIds" = '{}' OR ${wie.betrokkeneId} = ANY(e."betrokkeneIds"))`);
  }
  parts.push(Prisma.sql`e.at >= ${dagBegin(f.van)} AND e.at < ${dagBegin(f.tot)} + interval '1 day'`);
  if (f.actie) parts.push(Prisma.sql`e.action = ${f.actie}::"AuditAction"`);
  if (f.uitkomst) parts.push(Prisma.sql`e.outcome = ${f.uitkomst}::"AuditOutcome"`);
  if (f.nood) parts.push(Prisma.sql`e."noodtoegangId" IS NOT NULL`);
  if (metCursor && f.na)
    parts.push(
      Prisma.sql`(e.at, e.id) < ('epoch'::timestamptz + ${f.na.micros}::bigint * interval '1 microsecond', ${f.na.id}::bigint)`,
    );
  return Prisma.join(parts, " AND ");
}

/** The rows of a view, newest first: `limit` of them from the cursor on. */
export async function logRows(tx: Tx, wie: LogWie, f: LogFilter, limit: number, metCursor = true): Promise<LogRij[]> {
  const rows = await tx.$queryRaw<Raw[]>`
    SELECT e.id, (extract(epoch FROM e.at) * 1000000)::bigint AS micros, e.at, e.action, e."entityType", e.outcome,
           e."noodtoegangId", e.role, e.username, u."displayName", c.nummer AS casusnummer, e."clientAddress"
    FROM audit_event e
    LEFT JOIN app_user u ON u.id = e."userId"
    LEFT JOIN casus c ON c.id = e."casusId"
    WHERE ${logWhere(wie, f, metCursor)}
    ORDER BY e.at DESC, e.id DESC
    LIMIT ${limit}`;
  return rows.map(toRij);
}

function toRij(r: Raw): LogRij {
  return {
    cursor: `${r.micros}.${r.id}`,
    op: r.at.toISOString(),
    medewerker: r.displayName ? `${r.displayName} (${r.username})` : (r.username ?? "onbekend (niet ingelogd)"),
    rol: r.role ? ROLE_LABELS[r.role] : "",
    actie: ACTIE_LABELS[r.action],
    onderdeel: onderdeelLabel(r.entityType),
    casusnummer: r.casusnummer,
    uitkomst: UITKOMST_LABELS[r.outcome],
    noodtoegang: r.noodtoegangId !== null,
    adres: r.clientAddress,
  };
}

export type LogPagina = { rijen: LogRij[]; volgende: string | null };

async function pagina(tx: Tx, wie: LogWie, f: LogFilter): Promise<LogPagina> {
  const rows = await logRows(tx, wie, f, LOG_PAGINA + 1);
  return {
    rijen: rows.slice(0, LOG_PAGINA),
    volgende: rows.length > LOG_PAGINA ? rows[LOG_PAGINA - 1].cursor : null,
  };
}

export type ClientLog = LogPagina & {
  casusnummer: string;
  persoon: { volgnummer: number; naam: string } | null;
};

/** The log of one casus, or of one betrokkene (by persoonsvolgnummer) in it; null for an unknown one. */
export async function getClientLog(
  user: Actor,
  ref: { casusnummer: string; persoon?: number },
  f: LogFilter,
): Promise<ClientLog | null> {
  return auditedRead(
    user,
    { permission: "audit:read" },
    async (tx) => {
      const casus = await tx.casus.findUnique({
        where: { nummer: ref.casusnummer.slice(0, 20) },
        select: { id: true, nummer: true },
      });
      if (!casus) return null;
      let persoon: { id: number; volgnummer: number; naam: string } | null = null;
      if (ref.persoon !== undefined) {
        const b = await tx.betrokkene.findUnique({
          where: { casusId_persoonsvolgnummer: { casusId: casus.id, persoonsvolgnummer: ref.persoon } },
          select: { id: true, persoonsvolgnummer: true, voornamen: true, tussenvoegsel: true, achternaam: true },
        });
        if (!b) return null;
        const naam = [b.voornamen, b.tussenvoegsel, b.achternaam].filter(Boolean).join(" ") || "onbekende naam";
        persoon = { id: b.id, volgnummer: b.persoonsvolgnummer, naam };
      }
      const wie: LogWie = persoon ? { casusId: casus.id, betrokkeneId: persoon.id } : { casusId: casus.id };
      const p = await pagina(tx, wie, f);
      return {
        casusId: casus.id,
        betrokkeneId: persoon?.id ?? null,
        log: {
          ...p,
          casusnummer: casus.nummer,
          persoon: persoon ? { volgnummer: persoon.volgnummer, naam: persoon.naam } : null,
        },
      };
    },
    (r) => ({
      entityType: "privacy_log",
      casusId: r?.casusId ?? null,
      betrokkeneIds: r?.betrokkeneId ? [r.betrokkeneId] : [],
      outcome: r ? "SUCCESS" : "FAILURE",
      detail: r ? `access log per client: ${r.log.rijen.length} rows` : "access log per client: not found",
    }),
  ).then((r) => r?.log ?? null);
}

export type MedewerkerLog = LogPagina & { medewerker: { username: string; naam: string; rol: string } };

export async function getMedewerkerLog(user: Actor, username: string, f: LogFilter): Promise<MedewerkerLog | null> {
  return auditedRead(
    user,
    { permission: "audit:read" },
    async (tx) => {
      const u = await tx.user.findUnique({
        where: { username: username.slice(0, 64) },
        select: { id: true, username: true, displayName: true, role: true },
      });
      if (!u) return null;
      const p = await pagina(tx, { userId: u.id }, f);
      return {
        ...p,
        userId: u.id,
        medewerker: { username: u.username, naam: u.displayName, rol: ROLE_LABELS[u.role] },
      };
    },
    (r) => ({
      entityType: "privacy_log",
      entityId: r ? `user ${r.userId}` : null,
      outcome: r ? "SUCCESS" : "FAILURE",
      detail: r ? `access log per employee: ${r.rijen.length} rows` : "access log per employee: not found",
    }),
  ).then((r) => (r ? { rijen: r.rijen, volgende: r.volgende, medewerker: r.medewerker } : null));
}

/** Every account, for choosing the employee (the privacy officer's view of who works here, not case content). */
export async function listMedewerkers(user: Actor) {
  await authorize(user, "audit:read");
  const users = await prisma.user.findMany({
    orderBy: [{ displayName: "asc" }],
    select: { username: true, displayName: true, role: true, active: true },
  });
  return users.map((u) => ({
    username: u.username,
    label: `${u.displayName} (${u.username}, ${ROLE_LABELS[u.role]}${u.active ? "" : ", geblokkeerd"})`,
  }));
}

export const MAX_CSV_RIJEN = 100_000;
const CSV_KOP = ["Tijd", "Medewerker", "Rol", "Actie", "Onderdeel", "Casus", "Uitkomst", "Noodtoegang", "Adres"];

/**
 * The whole selection (up to MAX_CSV_RIJEN rows, newest first) as CSV, audited as an EXPORT in the same
 * transaction. `ref` names whose log: a casus (and persoon) or a medewerker; null when unknown.
 */
export async function exportLogCsv(
  user: Actor,
  ref: { casusnummer: string; persoon?: number } | { username: string },
  f: LogFilter,
): Promise<{ naam: string; csv: string } | null> {
  return auditedRead(
    user,
    { permission: "audit:read" },
    async (tx) => {
      const wie = await resolveWie(tx, ref);
      if (!wie) return null;
      const rows = await logRows(tx, wie.wie, f, MAX_CSV_RIJEN, false);
      const csv = toCsv(
        CSV_KOP,
        rows.map((r) => [
          fmtCsv.format(new Date(r.op)),
          r.medewerker,
          r.rol,
          r.actie,
          r.onderdeel,
          r.casusnummer ?? "",
          r.uitkomst,
          r.noodtoegang ? "ja" : "",
          r.adres ?? "",
        ]),
      );
      return { ...wie, rows: rows.length, csv };
    },
    (r) => ({
      action: "EXPORT",
      entityType: "privacy_log",
      casusId: r && "casusId" in r.wie ? r.wie.casusId : null,
      betrokkeneIds: r && "betrokkeneId" in r.wie && r.wie.betrokkeneId ? [r.wie.betrokkeneId] : [],
      entityId: r && "userId" in r.wie ? `user ${r.wie.userId}` : null,
      outcome: r ? "SUCCESS" : "FAILURE",
      detail: r ? `access log CSV: ${r.rows} rows, ${f.van} to ${f.tot}` : "access log CSV: not found",
    }),
  ).then((r) => (r ? { naam: `toegangslog-${r.naam}-${f.van}-${f.tot}.csv`, csv: r.csv } : null));
}

const fmtCsv = new Intl.DateTimeFormat("nl-NL", {
  dateStyle: "short",
  timeStyle: "medium",
  timeZone: "Europe/Amsterdam",
});

async function resolveWie(
  tx: Tx,
  ref: { casusnummer: string; persoon?: number } | { username: string },
): Promise<{ wie: LogWie; naam: string } | null> {
  if ("username" in ref) {
    const u = await tx.user.findUnique({ where: { username: ref.username.slice(0, 64) }, select: { id: true } });
    return u ? { wie: { userId: u.id }, naam: ref.username.replace(/[^a-z0-9._-]/gi, "") } : null;
  }
  const c = await tx.casus.findUnique({
    where: { nummer: ref.casusnummer.slice(0, 20) },
    select: { id: true, nummer: true },
  });
  if (!c) return null;
  if (ref.persoon === undefined) return { wie: { casusId: c.id }, naam: c.nummer };
  const b = await tx.betrokkene.findUnique({
    where: { casusId_persoonsvolgnummer: { casusId: c.id, persoonsvolgnummer: ref.persoon } },
    select: { id: true },
  });
  return b ? { wie: { casusId: c.id, betrokkeneId: b.id }, naam: `${c.nummer}-persoon-${ref.persoon}` } : null;
}
