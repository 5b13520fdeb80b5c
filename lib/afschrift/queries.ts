// The inzage function, the only way the privacy officer reads case content (docs/decisions/018): the journaalregels
// about the person of an inzage request, to choose which may be shared, and the afschrift itself as a PDF. Both are
// audited: the choice as a read of each regel shown, the PDF as an export of each dossier in it.
import "server-only";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead } from "@/lib/auth/audited-read";
import { now } from "@/lib/domain/clock";
import { formatDatumTijdNl } from "@/lib/domain/datum-tijd";
import { journaalVanPersoon, leesAfschrift } from "./inhoud";
import { zelfdePersoon } from "./persoon";
import { afschriftPdf } from "./pdf";

export async function journaalVoorInzage(user: Actor, verzoekId: number) {
  return auditedRead(
    user,
    { permission: "verzoek:write" },
    async (tx) => {
      const v = await tx.verzoek.findUnique({
        where: { id: verzoekId },
        select: { soort: true, betrokkeneId: true, deelbareRegels: { select: { regelId: true } } },
      });
      if (!v || v.soort !== "INZAGE") return null;
      const zelf = await zelfdePersoon(tx, v.betrokkeneId);
      const deelbaar = new Set(v.deelbareRegels.map((r) => r.regelId));
      const regels = await journaalVanPersoon(
        tx,
        zelf.map((b) => b.id),
      );
      return {
        betrokkeneIds: zelf.map((b) => b.id),
        regels: regels.map((r) => ({
          id: r.id,
          casusId: r.casusId,
          kop: `${r.casusnummer} — ${formatDatumTijdNl(r.datumTijd)} — ${r.soort}`,
          verslag: r.verslag,
          aanvullingen: r.aanvullingen,
          deelbaar: deelbaar.has(r.id),
        })),
      };
    },
    (r) =>
      !r || r.regels.length === 0
        ? { entityType: "journaal", entityId: null, detail: `inzage ${verzoekId}: no regels` }
        : r.regels.map((regel) => ({
            entityType: "journaalregel",
            entityId: regel.id,
            casusId: regel.casusId,
            betrokkeneIds: r.betrokkeneIds,
            detail: `inzage ${verzoekId}: choosing shareable regels`,
          })),
  );
}

export async function maakAfschrift(user: Actor, verzoekId: number) {
  const inhoud = await auditedRead(
    user,
    { permission: "verzoek:write" },
    async (tx) => {
      const v = await tx.verzoek.findUnique({ where: { id: verzoekId }, select: { soort: true, betrokkeneId: true } });
      if (!v || v.soort !== "INZAGE") return null;
      const zelf = await zelfdePersoon(tx, v.betrokkeneId);
      const a = await leesAfschrift(tx, verzoekId, now());
      return a && { a, zelf };
    },
    (r) =>
      !r
        ? { entityType: "afschrift", entityId: verzoekId, outcome: "FAILURE", detail: "no inzage request" }
        : [...new Set(r.zelf.map((b) => b.casusId))].map((casusId) => ({
            action: "EXPORT" as const,
            entityType: "afschrift",
            entityId: verzoekId,
            casusId,
            betrokkeneIds: r.zelf.filter((b) => b.casusId === casusId).map((b) => b.id),
            detail: `afschrift for inzage request ${verzoekId}`,
          })),
  );
  if (!inhoud) return null;
  const pdf = await afschriftPdf(inhoud.a);
  const naam = `afschrift-${inhoud.a.verzoek.casusnummer}-${verzoekId}.pdf`;
  return { pdf, naam };
}
