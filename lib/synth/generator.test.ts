import { describe, expect, test } from "vitest";
import { readGemeentenCsv } from "@/lib/db/seed/gemeenten";
import { isValidBsn } from "@/lib/domain/bsn";
import { generateAdviezen, generateCasussen, yearBounds, type GeneratorOptions } from "./generator";
import { mulberry32 } from "./prng";
import { SCALES } from "./scales";
import { summarize } from "./stats";
import type { GenCasus } from "./types";

const gemeenten = readGemeentenCsv();
const users = { TRIAGE: [1, 2, 3], CASEMANAGER: [4, 5, 6, 7], GEDRAGSWETENSCHAPPER: [8, 9], TEAMLEIDER: [10] };
const opts = (seed: number, scale = SCALES.tiny): GeneratorOptions => ({
  seed,
  jaar: 2025,
  scale,
  gemeenten,
  users,
  batchSize: 100,
});

function firstN(seed: number, n: number): GenCasus[] {
  const out: GenCasus[] = [];
  for (const batch of generateCasussen(opts(seed, SCALES.small))) {
    out.push(...batch);
    if (out.length >= n) break;
  }
  return out.slice(0, n);
}
const all = (seed: number, scale = SCALES.small) => [...generateCasussen(opts(seed, scale))].flat();
const small = all(1);
const { end } = yearBounds(2025);

describe("determinism", () => {
  test("mulberry32 gives the same sequence for a seed, in [0, 1)", () => {
    const a = mulberry32(42),
      b = mulberry32(42),
      c = mulberry32(43);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  test("the same seed gives the same first 300 casussen; another seed other ones", () => {
    const first = firstN(1, 300);
    expect(first).toHaveLength(300);
    expect(firstN(1, 300)).toEqual(first);
    expect(small.slice(0, 300)).toEqual(first); // batch size does not matter
    expect(firstN(2, 300)).not.toEqual(first);
  });

  test("the same seed gives the same adviezen", () => {
    const a = [...generateAdviezen(opts(5))].flat();
    expect(a.length).toBeGreaterThan(20);
    expect([...generateAdviezen(opts(5))].flat()).toEqual(a);
  });
});

describe("every generated casus obeys the rules", () => {
  test("dates in order, nothing after the end of the year, closure after all work", () => {
    for (const c of small) {
      expect(c.meldingen[0].datum).toEqual(c.begindatum);
      const dates = [
        ...c.meldingen.map((m) => m.datum),
        ...c.overdrachten.map((o) => o.datum),
        ...c.monitoring.map((m) => m.datum),
      ];
      for (const m of c.meldingen) {
        if (m.beoordeling) {
          expect(m.beoordeling.datum >= m.datum).toBe(true);
          dates.push(m.beoordeling.datum);
        }
      }
      for (const d of c.diensten) {
        const b = c.meldingen[d.meldingIndex].beoordeling!;
        expect(b.inhoud).toBe("01");
        expect(d.startdatum >= b.datum && d.startdatum >= c.begindatum).toBe(true);
        expect(d.status === "LOPEND").toBe(d.einddatum === null);
        if (d.einddatum) {
          expect(d.einddatum >= d.startdatum).toBe(true);
          dates.push(d.einddatum);
        }
        if (d.soort === "V") expect(d.uitkomstOnderzoek).toBe("00000");
        if (d.aardConclusie.includes("07")) expect(d.aardConclusie).toEqual(["07"]);
        if (d.status === "AFGESLOTEN") expect(d.afsluitingBevestigdDoorId).not.toBe(d.afsluitingVoorgesteldDoorId);
      }
      expect(dates.every((d) => d <= end)).toBe(true);
      if (c.einddatum) {
        expect(dates.every((d) => d <= c.einddatum!)).toBe(true);
        expect(c.diensten.every((d) => d.status === "AFGESLOTEN")).toBe(true);
        expect(c.meldingen.every((m) => m.beoordeling?.vastgesteldDoorId)).toBe(true);
      }
    }
  });

  test("melders, overdrachten and betrokkenen", () => {
    for (const c of small) {
      expect(c.personen.length).toBeGreaterThanOrEqual(2);
      expect(c.personen.length).toBeLessThanOrEqual(5);
      for (const m of c.meldingen) {
        expect(/^0[1-7]$/.test(m.functieRol)).toBe(m.organisatie === "98");
        expect(m.aard).not.toContain("07");
        expect(m.pvns.length).toBeGreaterThan(0);
      }
      for (const o of c.overdrachten) {
        expect(o.pvns.length).toBeGreaterThanOrEqual(1);
        expect(o.pvns.length).toBeLessThanOrEqual(4);
        const known = new Set(c.meldingen.filter((m) => m.datum <= o.datum).flatMap((m) => m.pvns));
        expect(o.pvns.every((p) => known.has(p))).toBe(true);
        if (o.moment === 1) expect(c.meldingen[o.meldingIndex!].beoordeling?.inhoud).toBe("02");
        else {
          const d = c.diensten[o.dienstIndex!];
          expect(d.status).toBe("AFGESLOTEN");
          expect(d.soort).toBe(o.moment === 2 ? "V" : "O");
        }
      }
      for (const p of c.personen) {
        if (p.bsn !== null) expect(isValidBsn(p.bsn)).toBe(true);
        expect(p.bsn === "999999999").toBe(p.geboortedatum === "99999999");
        if (p.bsn === null) expect(p.geboortedatum).not.toBeNull();
      }
    }
  });

  test("a BSN belongs to one person only (the same person may return in a hermelding)", () => {
    const byBsn = new Map<string, string>();
    for (const p of small.flatMap((c) => c.personen)) {
      if (p.bsn === null || p.bsn === "999999999") continue;
      const who = `${p.geboortedatum}|${p.achternaam}|${p.voornamen}`;
      expect(byBsn.get(p.bsn) ?? who).toBe(who);
      byBsn.set(p.bsn, who);
    }
  });
});

describe("the shares follow the published figures", () => {
  test("small: volumes and shares of the year", () => {
    const s = summarize(small, 2025);
    expect(s.gestart).toBeGreaterThan(1150);
    expect(s.gestart).toBeLessThan(1450);
    expect(s.shares.meldingenPerGestart).toBeGreaterThan(1.15);
    expect(s.shares.meldingenPerGestart).toBeLessThan(1.35);
    expect(s.shares.politie).toBeGreaterThan(0.6);
    expect(s.shares.politie).toBeLessThan(0.72);
    expect(s.shares.taxatie0102).toBeGreaterThan(0.36);
    expect(s.shares.taxatie0102).toBeLessThan(0.46);
    expect(s.shares.inhoud02).toBeGreaterThan(0.45);
    expect(s.shares.inhoud02).toBeLessThan(0.55);
    expect(s.shares.opTijd).toBeGreaterThan(0.85);
    expect(s.shares.opTijd).toBeLessThan(0.95);
    // Open at the end of the year among the year's casussen (CBS: about 40 % of those active in a half year).
    expect(s.shares.openBijEinde).toBeGreaterThan(0.15);
    expect(s.shares.openBijEinde).toBeLessThan(0.35);
    expect(s.shares.hermelding).toBeGreaterThan(0.1);
    expect(s.openBijStart).toBeGreaterThan(0);
    expect(s.zonderBeoordeling).toBeGreaterThan(0);
  });
});
