// The Chronologie of a casus: the important journaal events, meldingen, beoordelingen, diensten, overdrachten
// and monitoring in one dated list, oldest first (for a case conference or a report; printable).
import "server-only";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead, notFoundEvent } from "@/lib/auth/audited-read";
import { casusScope } from "@/lib/auth/scope";
import { labelOf } from "@/lib/domain/codes";
import { DIENST_SOORT_LABELS, type DienstSoort } from "@/lib/domain/casus-state";
import { JOURNAAL_SOORTEN, type JournaalSoort } from "./soorten";

export type ChronologieItem = { at: string; soort: string; titel: string; tekst?: string };

export async function getChronologie(user: Actor, casusnummer: string) {
  return auditedRead(
    user,
    { permission: "casus:read", resource: { type: "casus", id: casusnummer } },
    async (tx) => {
      const c = await tx.casus.findFirst({
        where: { nummer: casusnummer, ...casusScope(user) },
        select: {
          id: true,
          nummer: true,
          begindatum: true,
          einddatum: true,
          betrokkenen: { select: { id: true } },
          meldingen: { select: { nummer: true, datumMelding: true, ingetrokkenOp: true } },
          beoordelingen: {
            where: { vastgesteldOp: { not: null } },
            select: { nummer: true, datum: true, inhoud: true, taxatie: true, melding: { select: { nummer: true } } },
          },
          diensten: { select: { nummer: true, soort: true, startdatum: true, einddatum: true, status: true } },
          overdrachten: { select: { nummer: true, datum: true, partij: true } },
          monitoringsmomenten: { select: { nummer: true, datum: true, veiligheidsscore: true } },
          journaalRegels: {
            where: { belangrijk: true, vastgelegdOp: { not: null } },
            select: { datumTijd: true, soort: true, verslag: true, auteur: { select: { displayName: true } } },
          },
        },
      });
      if (!c) return null;
      const day = (d: Date) => d.toISOString().slice(0, 10);
      const items: ChronologieItem[] = [
        { at: day(c.begindatum), soort: "Casus", titel: `Casus ${c.nummer} begonnen` },
        ...c.meldingen.map((m) => ({
          at: day(m.datumMelding),
          soort: "Melding",
          titel: `Melding ${m.nummer} ontvangen${m.ingetrokkenOp ? " (later ingetrokken)" : ""}`,
        })),
        ...c.beoordelingen.map((b) => ({
          at: day(b.datum),
          soort: "Veiligheidsbeoordeling",
          titel: `Beoordeling ${b.nummer} van melding ${b.melding.nummer}: ${labelOf("F", b.inhoud)}`,
          tekst: `Veiligheidstaxatie: ${labelOf("G", b.taxatie)}`,
        })),
        ...c.diensten.flatMap((d) => {
          const naam = `${DIENST_SOORT_LABELS[d.soort as DienstSoort]} ${d.nummer}`;
          const uit =
            d.einddatum && d.status === "AFGESLOTEN"
              ? [{ at: day(d.einddatum), soort: "Dienst", titel: `${naam} afgesloten` }]
              : [];
          return [{ at: day(d.startdatum), soort: "Dienst", titel: `${naam} gestart` }, ...uit];
        }),
        ...c.overdrachten.map((o) => ({
          at: day(o.datum),
          soort: "Overdracht",
          titel: `Overdracht ${o.nummer} aan ${labelOf("I", o.partij)}`,
        })),
        ...c.monitoringsmomenten.map((t) => ({
          at: day(t.datum),
          soort: "Monitoring",
          titel: `Monitoring ${t.nummer}: veiligheidsscore ${t.veiligheidsscore}`,
        })),
        ...c.journaalRegels.map((j) => ({
          at: j.datumTijd.toISOString(),
          soort: "Belangrijke gebeurtenis",
          titel: `${JOURNAAL_SOORTEN[j.soort as JournaalSoort]} (${j.auteur.displayName})`,
          tekst: j.verslag,
        })),
        ...(c.einddatum ? [{ at: day(c.einddatum), soort: "Casus", titel: `Casus ${c.nummer} gesloten` }] : []),
      ];
      items.sort((a, b) => a.at.localeCompare(b.at));
      return { id: c.id, nummer: c.nummer, betrokkeneIds: c.betrokkenen.map((b) => b.id), items };
    },
    (r) =>
      r
        ? { entityType: "casus", entityId: r.id, casusId: r.id, betrokkeneIds: r.betrokkeneIds, detail: "chronologie" }
        : notFoundEvent("casus", casusnummer),
  );
}
