// Which casus a new melding goes to. Known persons (chosen in the radar) decide: a person in an OPEN casus makes
// the melding a vervolgmelding in that casus; persons whose casussen are all closed make it a hermelding in a new
// casus. Persons in two different open casussen: refused. A "new" person whose BSN is in an open casus: refused
// at the field (the worker must use the known person, never register them twice).
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/audit";
import { radarScope } from "@/lib/auth/scope";
import { RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { isRealBsn } from "@/lib/domain/bsn";
import type { TBetrokkene } from "@/lib/betrokkene/schema";

export const copySelect = {
  id: true,
  casusId: true,
  bsn: true,
  geboortedatum: true,
  geslacht: true,
  rol: true,
  achternaam: true,
  tussenvoegsel: true,
  voornamen: true,
  straat: true,
  huisnummer: true,
  postcode: true,
  woonplaats: true,
  telefoon: true,
  geheimAdres: true,
  casus: { select: { id: true, nummer: true, einddatum: true } },
} as const;

export type KnownRow = {
  id: number;
  casusId: number;
  bsn: string | null;
  geboortedatum: string | null;
  geslacht: string;
  rol: TBetrokkene["rol"];
  achternaam: string | null;
  tussenvoegsel: string | null;
  voornamen: string | null;
  straat: string | null;
  huisnummer: string | null;
  postcode: string | null;
  woonplaats: string | null;
  telefoon: string | null;
  geheimAdres: boolean;
  casus: { id: number; nummer: string; einddatum: Date | null };
};

export type CasusKeuze = {
  /** The open casus the melding joins, or null for a new casus. */
  openCasusId: number | null;
  /** Known persons per index of the betrokkenen list. */
  known: Map<number, KnownRow>;
  /** Someone in this melding was known to Veilig Thuis in a closed casus: a new casus is a hermelding. */
  eerderBekend: boolean;
};

const fieldError = (i: number, field: string, message: string) =>
  new ValidationFailed({ [`betrokkenen.${i}.${field}`]: message });

export async function decideCasus(tx: Tx, user: Actor, betrokkenen: TBetrokkene[]): Promise<CasusKeuze> {
  const scope = radarScope(user);
  const ids = betrokkenen.map((b) => b.bekendId).filter((id): id is number => id !== null);
  const rows = ids.length
    ? await tx.betrokkene.findMany({ where: { id: { in: ids }, casus: scope }, select: copySelect })
    : [];
  const known = new Map<number, KnownRow>();
  let eerderBekend = false;

  for (const [i, b] of betrokkenen.entries()) {
    if (b.bekendId === null) continue;
    let row: KnownRow | undefined = rows.find((r) => r.id === b.bekendId);
    if (!row) throw fieldError(i, "modus", "Deze persoon is niet (meer) gevonden. Zoek opnieuw.");
    if (row.casus.einddatum !== null) {
      eerderBekend = true;
      // The same person may since have a newer, open casus: the melding belongs there.
      if (row.bsn && isRealBsn(row.bsn)) {
        const open = await tx.betrokkene.findFirst({
          where: { bsn: row.bsn, casus: { ...scope, einddatum: null } },
          select: copySelect,
          orderBy: { id: "desc" },
        });
        if (open) row = open;
      }
    }
    if ([...known.values()].some((k) => k.id === row.id))
      throw fieldError(i, "modus", "Deze persoon staat al eerder in deze melding.");
    known.set(i, row);
  }

  const open = new Map<number, string>();
  for (const k of known.values()) if (k.casus.einddatum === null) open.set(k.casus.id, k.casus.nummer);
  if (open.size > 1) {
    throw new RuleViolation(
      `De gekozen personen horen bij verschillende open casussen (${[...open.values()].join(", ")}). ` +
        "Een melding hoort bij één casus: registreer een aparte melding per casus.",
    );
  }

  // New persons with a BSN: never a second registration of someone already in an open casus.
  const knownBsns = new Set([...known.values()].map((k) => k.bsn).filter(Boolean));
  const nieuw = betrokkenen
    .map((b, i) => ({ b, i }))
    .filter(({ b }) => b.bekendId === null && b.bsn !== null && isRealBsn(b.bsn));
  for (const { b, i } of nieuw)
    if (knownBsns.has(b.bsn)) throw fieldError(i, "bsn", "Deze persoon staat al eerder in deze melding.");
  if (nieuw.length) {
    const hits = await tx.betrokkene.findMany({
      where: { bsn: { in: nieuw.map(({ b }) => b.bsn!) }, casus: scope },
      select: { bsn: true, casus: { select: { nummer: true, einddatum: true } } },
    });
    for (const { b, i } of nieuw) {
      const openHit = hits.find((h) => h.bsn === b.bsn && h.casus.einddatum === null);
      if (openHit) {
        throw fieldError(
          i,
          "bsn",
          `Deze persoon is bekend in de open casus ${openHit.casus.nummer}. Zoek op dit BSN en kies 'Deze persoon gebruiken'.`,
        );
      }
      if (hits.some((h) => h.bsn === b.bsn)) eerderBekend = true;
    }
  }
  return { openCasusId: open.size === 1 ? [...open.keys()][0] : null, known, eerderBekend };
}
