// Households (the directbetrokkenen of one casus): who they are depends on the aard of the first melding.
// A person keeps his BSN, name and date of birth when he returns in a later casus (hermelding).
import { BSN_ONGEBOREN, generateBsn } from "@/lib/domain/bsn";
import { addDays, toJjjjmmdd } from "@/lib/domain/dates";
import type { GemeenteInfo } from "./gemeenten";
import { makeAdres, makeTelefoon, pickAchternaam, pickVoornaam, type Adres, type Naam } from "./names";
import type { Rng } from "./prng";

export type Rol = "PLEGER" | "SLACHTOFFER" | "KIND" | "ANDERS";

export type GenPersoon = Adres & {
  bsn: string | null; // null = onbekend (000000000 in the delivery)
  geboortedatum: string | null; // JJJJMMDD, JJJJMM00, JJJJ0000, 99999999; null = onbekend
  geslacht: string;
  rol: Rol;
  achternaam: string;
  tussenvoegsel: string | null;
  voornamen: string;
  telefoon: string | null;
};

export type Household = { gemeente: GemeenteInfo; datum: Date; personen: GenPersoon[] };

/** Hands out BSNs that pass the elfproef, each to one person only. */
export class BsnRegistry {
  private readonly used = new Set<number>(); // as numbers: a national run hands out ~600 000
  next(rng: Rng): string {
    for (;;) {
      const bsn = generateBsn(rng.next);
      const n = Number(bsn);
      if (!this.used.has(n)) {
        this.used.add(n);
        return bsn;
      }
    }
  }
  /** BSNs already in use (when appending to a database with data): never handed out again. */
  reserve(bsns: Iterable<string>): void {
    for (const b of bsns) this.used.add(Number(b));
  }
  get size() {
    return this.used.size;
  }
}

type Ctx = { rng: Rng; bsns: BsnRegistry; datum: Date; adres: Adres };

function geboortedatumFor(ctx: Ctx, leeftijd: number): string {
  const dagen = Math.round(leeftijd * 365.25) + ctx.rng.int(0, 364);
  const full = toJjjjmmdd(addDays(ctx.datum, -dagen));
  const r = ctx.rng.next();
  if (r < 0.03) return `${full.slice(0, 6)}00`;
  if (r < 0.045) return `${full.slice(0, 4)}0000`;
  return full;
}

function makePersoon(ctx: Ctx, naam: Naam, rol: Rol, geslacht: string, leeftijd: number): GenPersoon {
  const { rng } = ctx;
  const g = rng.chance(0.004) ? "9" : geslacht;
  const onbekendeBsn = rng.chance(0.015);
  // A person without BSN must be identifiable: name, date of birth, postcode + huisnummer (DB check).
  const geboortedatum = !onbekendeBsn && rng.chance(0.005) ? null : geboortedatumFor(ctx, leeftijd);
  const voornamen = pickVoornaam(rng, g) + (rng.chance(0.2) ? ` ${pickVoornaam(rng, g)}` : "");
  return {
    ...ctx.adres,
    ...naam,
    rol,
    geslacht: g,
    voornamen,
    geboortedatum,
    bsn: onbekendeBsn ? null : ctx.bsns.next(rng),
    telefoon: leeftijd >= 16 && rng.chance(0.6) ? makeTelefoon(rng) : null,
  };
}

function makeOngeboren(ctx: Ctx, naam: Naam): GenPersoon {
  return {
    ...ctx.adres,
    ...naam,
    rol: "KIND",
    geslacht: "9",
    voornamen: "(ongeboren)",
    bsn: BSN_ONGEBOREN,
    geboortedatum: "99999999",
    telefoon: null,
  };
}

const ander = (g: string) => (g === "1" ? "2" : "1");

/** 2-5 persons whose roles and ages fit the aard of the melding. */
export function makeHousehold(
  rng: Rng,
  bsns: BsnRegistry,
  aard: string[],
  datum: Date,
  gemeente: GemeenteInfo,
): Household {
  const ctx: Ctx = { rng, bsns, datum, adres: makeAdres(rng, gemeente.naam) };
  const familie = pickAchternaam(rng);
  const eigen = () => (rng.chance(0.5) ? familie : pickAchternaam(rng));
  const personen: GenPersoon[] = [];
  let kinderen = 0;
  let ouderLeeftijd = rng.int(24, 50);
  if (aard.includes("04")) {
    const oud = rng.int(65, 92);
    personen.push(makePersoon(ctx, familie, "SLACHTOFFER", rng.chance(0.65) ? "2" : "1", oud));
    personen.push(
      makePersoon(
        ctx,
        rng.chance(0.7) ? familie : eigen(),
        "PLEGER",
        rng.chance(0.6) ? "1" : "2",
        rng.chance(0.7) ? oud - rng.int(22, 35) : oud + rng.int(-5, 5),
      ),
    );
  } else if (aard.includes("02") && !aard.includes("01")) {
    ouderLeeftijd = rng.int(40, 64);
    const kindLeeftijd = Math.min(ouderLeeftijd - 18, rng.int(13, 30));
    personen.push(
      makePersoon(ctx, familie, kindLeeftijd < 18 ? "KIND" : "PLEGER", rng.chance(0.7) ? "1" : "2", kindLeeftijd),
    );
    personen.push(makePersoon(ctx, familie, "SLACHTOFFER", rng.chance(0.75) ? "2" : "1", ouderLeeftijd));
    if (rng.chance(0.4)) personen.push(makePersoon(ctx, eigen(), "ANDERS", "1", ouderLeeftijd + rng.int(-3, 5)));
  } else if (aard.includes("03") || aard.includes("05") || aard.includes("06") || aard.length === 0) {
    const gPleger = rng.chance(0.85) ? "1" : "2";
    personen.push(makePersoon(ctx, familie, "PLEGER", gPleger, ouderLeeftijd + rng.int(0, 4)));
    personen.push(makePersoon(ctx, eigen(), "SLACHTOFFER", rng.chance(0.95) ? ander(gPleger) : gPleger, ouderLeeftijd));
    kinderen = aard.includes("01")
      ? rng.weighted([
          [1, 40],
          [2, 40],
          [3, 20],
        ])
      : rng.weighted([
          [0, 35],
          [1, 30],
          [2, 25],
          [3, 10],
        ]);
  } else {
    // kindermishandeling: a parent as pleger, often a second parent
    personen.push(makePersoon(ctx, familie, "PLEGER", rng.chance(0.55) ? "1" : "2", ouderLeeftijd));
    if (rng.chance(0.6))
      personen.push(makePersoon(ctx, eigen(), "ANDERS", rng.chance(0.5) ? "1" : "2", ouderLeeftijd + rng.int(-4, 4)));
    kinderen = rng.weighted([
      [1, 40],
      [2, 40],
      [3, 20],
    ]);
  }
  kinderen = Math.min(kinderen, 5 - personen.length);
  for (let i = 0; i < kinderen; i++) {
    const leeftijd = Math.max(0, Math.min(17, ouderLeeftijd - 18 - rng.int(0, 20)));
    personen.push(makePersoon(ctx, familie, "KIND", rng.chance(0.5) ? "1" : "2", rng.int(0, leeftijd)));
  }
  if (personen.length < 5 && rng.chance(0.006)) personen.push(makeOngeboren(ctx, familie));
  if (personen.length < 2)
    personen.push(makePersoon(ctx, familie, "ANDERS", rng.chance(0.5) ? "1" : "2", ouderLeeftijd + 2));
  return { gemeente, datum, personen };
}

/** A person who joins a casus with a vervolgmelding: a new partner, a new-born or an unborn child. */
export function makeNewcomer(rng: Rng, bsns: BsnRegistry, datum: Date, like: GenPersoon): GenPersoon {
  const adres: Adres = {
    straat: like.straat,
    huisnummer: like.huisnummer,
    postcode: like.postcode,
    woonplaats: like.woonplaats,
  };
  const ctx: Ctx = { rng, bsns, datum, adres };
  const naam: Naam = { achternaam: like.achternaam, tussenvoegsel: like.tussenvoegsel };
  const r = rng.next();
  if (r < 0.1) return makeOngeboren(ctx, naam);
  if (r < 0.6) return makePersoon(ctx, naam, "KIND", rng.chance(0.5) ? "1" : "2", rng.int(0, 1));
  return makePersoon(ctx, pickAchternaam(rng), "ANDERS", rng.chance(0.7) ? "1" : "2", rng.int(22, 50));
}

/**
 * The people of an earlier, closed casus in a new one (hermelding): most of them, same identity; an unborn child
 * has been born meanwhile (new BSN, real date of birth) and the family may have moved within the gemeente.
 */
export function reuseHousehold(rng: Rng, bsns: BsnRegistry, prev: Household, datum: Date): Household {
  const adres = rng.chance(0.2) ? makeAdres(rng, prev.gemeente.naam) : null;
  const personen: GenPersoon[] = [];
  for (const p of prev.personen) {
    if (personen.length >= 2 && !rng.chance(0.85)) continue;
    let q: GenPersoon = { ...p, ...(adres ?? {}) };
    if (p.bsn === BSN_ONGEBOREN) {
      const geboren = addDays(prev.datum, rng.int(20, 120));
      if (geboren >= datum) continue;
      const geslacht = rng.chance(0.5) ? "1" : "2";
      q = {
        ...q,
        bsn: bsns.next(rng),
        geboortedatum: toJjjjmmdd(geboren),
        geslacht,
        voornamen: pickVoornaam(rng, geslacht),
      };
    }
    personen.push(q);
  }
  if (personen.length < 5 && rng.chance(0.12)) personen.push(makeNewcomer(rng, bsns, datum, personen[0]));
  while (personen.length < 2) personen.push(makeNewcomer(rng, bsns, datum, prev.personen[0]));
  return { gemeente: prev.gemeente, datum, personen };
}
