// What the overdracht form offers: the sources this casus allows now (judged by the protocol rules) and its
// betrokkenen. Scoped in the query and audited.
import "server-only";
import { auditedRead } from "@/lib/auth/audited-read";
import type { Actor } from "@/lib/auth/audit";
import { casusScope } from "@/lib/auth/scope";
import { loadCasusSnapshot } from "@/lib/casus/snapshot";
import { canAddOverdracht, DIENST_SOORT_LABELS, INHOUD_OVERDRACHT, type DienstSoort } from "@/lib/domain/casus-state";
import { labelOf } from "@/lib/domain/codes";
import { formatDatumNl, toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { CASUS_GESLOTEN_REDEN } from "@/lib/casus/scoped";
import { betrokkeneLabel } from "./betrokkene-label";
import { roleHas } from "@/lib/auth/permissions";

export type OverdrachtBron = { value: string; label: string; moment: 1 | 2 | 3; minDatum: string };

export async function getOverdrachtFormView(user: Actor, casusnummer: string) {
  return auditedRead(
    user,
    { permission: "overdracht:write" },
    async (tx) => {
      const c = await tx.casus.findFirst({
        where: { nummer: casusnummer, ...casusScope(user) },
        select: {
          id: true,
          nummer: true,
          einddatum: true,
          betrokkenen: {
            orderBy: { persoonsvolgnummer: "asc" },
            select: {
              id: true,
              persoonsvolgnummer: true,
              voornamen: true,
              tussenvoegsel: true,
              achternaam: true,
              rol: true,
              geboortedatum: true,
            },
          },
          meldingen: {
            orderBy: { datumMelding: "asc" },
            select: { id: true, nummer: true, beoordeling: { select: { datum: true } } },
          },
          diensten: {
            orderBy: { startdatum: "asc" },
            select: { id: true, nummer: true, soort: true, einddatum: true },
          },
        },
      });
      if (!c) return null;
      const snapshot = await loadCasusSnapshot(tx, c.id);
      const bronnen: OverdrachtBron[] = [];
      for (const m of c.meldingen) {
        if (!m.beoordeling || !canAddOverdracht(snapshot, { moment: 1, bronMeldingId: String(m.id) }).ok) continue;
        bronnen.push({
          value: `M:${m.id}`,
          moment: 1,
          minDatum: toIsoDate(m.beoordeling.datum),
          label: `Na de veiligheidsbeoordeling van melding ${m.nummer} (${formatDatumNl(m.beoordeling.datum)})`,
        });
      }
      const naDienst = roleHas(user.role, "overdracht:na-dienst");
      if (naDienst) {
        for (const d of c.diensten) {
          const moment = d.soort === "O" ? 3 : 2;
          if (!d.einddatum || !canAddOverdracht(snapshot, { moment, bronDienstId: String(d.id) }).ok) continue;
          bronnen.push({
            value: `D:${d.id}`,
            moment,
            minDatum: toIsoDate(d.einddatum),
            label: `Na ${DIENST_SOORT_LABELS[d.soort as DienstSoort]} ${d.nummer} (afgesloten op ${formatDatumNl(d.einddatum)})`,
          });
        }
      }
      const redenen: string[] = [];
      if (c.einddatum) redenen.push(CASUS_GESLOTEN_REDEN);
      else if (bronnen.length === 0) {
        redenen.push(
          `Er is nog niets om over te dragen: een overdracht volgt op een definitieve veiligheidsbeoordeling '${labelOf("F", INHOUD_OVERDRACHT)}'${naDienst ? " of op een afgesloten dienst" : ""}.`,
        );
        const wachtend = snapshot.diensten.filter((d) => d.status === "AFSLUITING_VOORGESTELD");
        if (wachtend.length > 0)
          redenen.push("De afsluiting van een dienst wacht nog op bevestiging door een tweede medewerker.");
      }
      return {
        casusId: c.id,
        casusnummer: c.nummer,
        bronnen,
        redenen,
        vandaag: toIsoDate(todayInAmsterdam()),
        betrokkenen: c.betrokkenen.map((b) => ({ id: b.id, label: betrokkeneLabel(b) })),
      };
    },
    (r) =>
      r
        ? {
            entityType: "casus",
            entityId: r.casusId,
            casusId: r.casusId,
            betrokkeneIds: r.betrokkenen.map((b) => b.id),
          }
        : { entityType: "casus", entityId: casusnummer, outcome: "FAILURE", detail: "not found or out of scope" },
  );
}
