// Reads of one casus for its overview page. The access scope is in the where clause (a foreign or unknown
// nummer finds nothing), and the read is audited in the same transaction: one READ event naming the casus and
// every betrokkene shown, or a DENIED event when nothing was found.
import { maskeerAdres } from "@/lib/betrokkene/adres";
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead, type ReadEvent } from "@/lib/auth/audited-read";
import { roleHas, rolesWith } from "@/lib/auth/permissions";
import { isRealBsn } from "@/lib/domain/bsn";
import { todayInAmsterdam } from "@/lib/domain/dates";
import type { OverviewRow } from "./overview-select";
import { readOverviewRow } from "./overview-sql";
import { readExtras } from "./extras-sql";
import { toOverview } from "./overview-map";
import type { CasusOverview } from "./overview-types";
import { toTimeline } from "./timeline";
import { now } from "@/lib/domain/clock";

const NUMMER = /^[A-Z][0-9]{4}-[0-9]{1,15}$/;

/** The casus number as typed in a URL, upper-cased; null when it cannot be a casusnummer. */
export function normaliseCasusnummer(raw: string): string | null {
  const s = raw.trim().toUpperCase();
  return s.length <= 20 && NUMMER.test(s) && s.startsWith("C") ? s : null;
}

export async function getCasusOverview(user: Actor, rawNummer: string, at = now()): Promise<CasusOverview | null> {
  const nummer = normaliseCasusnummer(rawNummer);
  return auditedRead(
    user,
    { permission: "casus:read", resource: { type: "casus", id: nummer } },
    async (tx) => {
      const row = nummer ? await readOverviewRow(tx, user, nummer) : null;
      if (!row) return null;
      const c = { ...row, betrokkenen: row.betrokkenen.map((b) => maskeerAdres(user, row.casemanager?.id ?? null, b)) };
      const extras = await loadExtras(tx, user, c);
      const overview = toOverview(c, { ...extras, role: user.role, today: todayInAmsterdam(at) });
      return { overview, betrokkeneIds: c.betrokkenen.map((b) => b.id), related: extras.eerdereIds };
    },
    (r): ReadEvent =>
      r
        ? {
            entityType: "casus",
            entityId: r.overview.id,
            casusId: r.overview.id,
            betrokkeneIds: r.betrokkeneIds,
            detail: `overview${r.related.length ? `; related casus ${r.related.join(",")}` : ""}`,
          }
        : {
            // Unknown or outside the user's scope (the query cannot tell): an attempt at a dossier, DENIED.
            entityType: "casus",
            entityId: nummer,
            outcome: "DENIED",
            detail: nummer ? "casus not found or outside scope" : "malformed casusnummer",
          },
  ).then((r) => r?.overview ?? null);
}

async function loadExtras(tx: Tx, user: Actor, c: OverviewRow) {
  const bsns = [...new Set(c.betrokkenen.map((b) => b.bsn).filter((b): b is string => !!b && isRealBsn(b)))];
  const mayAssign = c.einddatum === null && roleHas(user.role, "casus:assign");
  const dienstUsers = new Set<number>();
  for (const d of c.diensten)
    for (const id of [d.uitvoerderId, d.afsluitingVoorgesteldDoorId, d.afsluitingBevestigdDoorId])
      if (id != null) dienstUsers.add(id);
  const x = await readExtras(tx, user, c, bsns, [...dienstUsers], mayAssign ? rolesWith("casus:assignee") : null);
  const { gemeenteNaam, eerdere, events, users } = x;
  const userNames = new Map(users.map((u) => [u.id, u.displayName]));
  return {
    gemeenteNaam,
    intervalDagen: x.intervalDagen ?? 42,
    eerdereCasussen: eerdere,
    eerdereIds: eerdere.map((e) => e.id),
    userNames,
    tijdlijn: toTimeline(events, entityNummers(c), userNames),
    casemanagerOpties: mayAssign
      ? users
          .filter((u) => roleHas(u.role, "casus:assignee") && u.active)
          .map((u) => ({ id: u.id, naam: u.displayName }))
      : [],
  };
}

function entityNummers(c: OverviewRow): Map<string, string> {
  const m = new Map<string, string>([[`casus:${c.id}`, c.nummer]]);
  for (const x of c.meldingen) {
    m.set(`melding:${x.id}`, x.nummer);
    if (x.beoordeling)
      for (const t of ["veiligheidsbeoordeling", "beoordeling"])
        m.set(`${t}:${x.beoordeling.id}`, x.beoordeling.nummer);
  }
  for (const x of c.diensten) m.set(`dienst:${x.id}`, x.nummer);
  for (const x of c.overdrachten) m.set(`overdracht:${x.id}`, x.nummer);
  for (const x of c.monitoringsmomenten)
    for (const t of ["monitoringsmoment", "monitoring"]) m.set(`${t}:${x.id}`, x.nummer);
  for (const x of c.betrokkenen) m.set(`betrokkene:${x.id}`, `persoon ${x.persoonsvolgnummer}`);
  return m;
}
