// Finding the cliënt whose access log the privacy officer wants: by casusnummer, BSN or achternaam (any casus of
// the organisation, since the log view is organisation-wide). The search itself is an audited read.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead } from "@/lib/auth/audited-read";
import { zoeknaam } from "@/lib/zoeken/zoeknaam";

export const MAX_TREFFERS = 50;

export type ClientTreffer = {
  casusnummer: string;
  volgnummer: number;
  naam: string;
  geboortedatum: string | null;
  rol: string;
};

export type ClientZoek = { soort: "casusnummer" | "bsn" | "naam"; waarde: string } | { fout: string };

export function parseClientZoek(q: string | undefined): ClientZoek | null {
  const v = (q ?? "").trim();
  if (v === "") return null;
  if (v.length > 100) return { fout: "Zoek op een casusnummer, een BSN of een achternaam van hoogstens 100 tekens." };
  if (/^C\d{4}-\d{1,15}$/i.test(v)) return { soort: "casusnummer", waarde: v.toUpperCase() };
  if (/^\d{9}$/.test(v)) return { soort: "bsn", waarde: v };
  const naam = zoeknaam(v);
  if (!/\p{L}.*\p{L}/u.test(naam)) return { fout: "Vul een casusnummer, een BSN (9 cijfers) of een achternaam in." };
  return { soort: "naam", waarde: naam };
}

export async function zoekClient(user: Actor, zoek: { soort: "casusnummer" | "bsn" | "naam"; waarde: string }) {
  const where: Prisma.BetrokkeneWhereInput =
    zoek.soort === "casusnummer"
      ? { casus: { nummer: zoek.waarde } }
      : zoek.soort === "bsn"
        ? { bsn: zoek.waarde }
        : { zoeknaam: zoek.waarde };
  return auditedRead(
    user,
    { permission: "audit:read" },
    (tx) =>
      tx.betrokkene.findMany({
        where,
        orderBy: [{ casusId: "desc" }, { persoonsvolgnummer: "asc" }],
        take: MAX_TREFFERS,
        select: {
          id: true,
          persoonsvolgnummer: true,
          voornamen: true,
          tussenvoegsel: true,
          achternaam: true,
          geboortedatum: true,
          rol: true,
          casus: { select: { nummer: true } },
        },
      }),
    (rows) => ({
      entityType: "betrokkene",
      betrokkeneIds: rows.map((r) => r.id),
      detail: `access log: client search by ${zoek.soort}, ${rows.length} found`,
    }),
  ).then((rows) =>
    rows.map((r): ClientTreffer => ({
      casusnummer: r.casus.nummer,
      volgnummer: r.persoonsvolgnummer,
      naam: [r.voornamen, r.tussenvoegsel, r.achternaam].filter(Boolean).join(" ") || "onbekende naam",
      geboortedatum: r.geboortedatum,
      rol: r.rol,
    })),
  );
}
