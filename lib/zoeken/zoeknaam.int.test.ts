import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { makeCasus, makeUser } from "@/lib/testing/factories";
import type { Actor } from "@/lib/auth/audit";
import { ValidationFailed } from "@/lib/auth/errors";
import { zoekCasussen } from "./queries";
import { zoeknaam, zoeknaamFunctionSql } from "./zoeknaam";

const db = freshTestDb();
let triage: Actor;
const nummers: Record<string, string> = {};

const NAMEN: [string | null, string | null][] = [
  ["De Vries", null],
  ["Vries", "de"],
  ["vries", "De"],
  ["Öztürk", null],
  ["ÖZTÜRK", null],
  ["van der Berg-Jansen", null],
  ["Berg", "van den"],
  ["’t Hart", null],
  ["Hart", "'t"],
  ["Yıldız", null],
  ["Çelik", null],
  ["Şahin", null],
  ["Doğan", null],
  ["El Amrani", null],
  ["Ĳzerman", null],
  ["Strauß", null],
  ["Ærø", null],
  ["Van", null],
  ["O'Neill", null],
  ["Müller-Lüdenscheidt", null],
  [null, null],
  ["50%_korting", null],
];

beforeAll(async () => {
  triage = await makeUser(db.prisma, "TRIAGE");
  const maak = async (sleutel: string, datum: string, achternaam: string, tussenvoegsel: string | null = null) => {
    const c = await makeCasus(db.prisma, triage.id, {
      datum,
      personen: [{ bsn: null, achternaam, voornamen: "Sam", geboortedatum: "19900101" }],
    });
    if (tussenvoegsel)
      await db.prisma.betrokkene.updateMany({ where: { casusId: c.casus.id }, data: { tussenvoegsel } });
    nummers[sleutel] = c.casus.nummer;
  };
  await maak("devries", "2026-01-05", "De Vries");
  await maak("vries-los", "2026-02-05", "Vries", "de");
  await maak("vriesema", "2026-03-05", "Vriesema");
  await maak("ozturk", "2026-01-06", "Öztürk");
  await maak("underscore", "2026-01-07", "Ab_cd");
});

describe("the search key of a surname", () => {
  test("the database computes the same key as the application, for every kind of name", async () => {
    for (const [achternaam, tussenvoegsel] of NAMEN) {
      const [{ key }] = await db.prisma.$queryRawUnsafe<{ key: string }[]>(
        "SELECT vt_zoeknaam($1, $2) AS key",
        achternaam,
        tussenvoegsel,
      );
      expect(key, `${tussenvoegsel ?? ""} ${achternaam}`).toBe(zoeknaam(achternaam, tussenvoegsel));
    }
    expect(zoeknaam("De Vries")).toBe("vries");
    expect(zoeknaam("Vries", "de")).toBe("vries");
    expect(zoeknaam("Öztürk")).toBe("ozturk");
    expect(zoeknaam("’t Hart")).toBe("hart");
    expect(zoeknaam("Jan_sen")).toBe("jan_sen");
  });

  test("the migration holds the function exactly as the application prints it", () => {
    const dir = path.join(process.cwd(), "prisma/migrations");
    const sql = fs
      .readdirSync(dir)
      .filter((d) => d.endsWith("_zoeknaam"))
      .map((d) => fs.readFileSync(path.join(dir, d, "migration.sql"), "utf8"))
      .join("\n");
    expect(sql).toContain(zoeknaamFunctionSql());
  });

  test("a stored betrokkene keeps its key when the name is corrected", async () => {
    const b = await db.prisma.betrokkene.findFirstOrThrow({ where: { achternaam: "Vriesema" } });
    expect(b.zoeknaam).toBe("vriesema");
    await db.prisma.betrokkene.update({ where: { id: b.id }, data: { achternaam: "Vriezema" } });
    expect((await db.prisma.betrokkene.findUniqueOrThrow({ where: { id: b.id } })).zoeknaam).toBe("vriezema");
    await db.prisma.betrokkene.update({ where: { id: b.id }, data: { achternaam: "Vriesema" } });
  });
});

describe("zoeken op achternaam", () => {
  const gevonden = async (zoekterm: string) => (await zoekCasussen({ zoekterm }, triage)).casussen.map((c) => c.nummer);

  test("'de Vries', 'De Vries' and 'vries' find both ways of storing the tussenvoegsel; exact names first", async () => {
    const verwacht = [nummers["vries-los"], nummers.devries, nummers.vriesema];
    expect(await gevonden("de Vries")).toEqual(verwacht);
    expect(await gevonden("De Vries")).toEqual(verwacht);
    expect(await gevonden("VRIES")).toEqual(verwacht);
    // Vriesema is the newest casus, yet the exact names come first.
    expect(await gevonden("Vriesema")).toEqual([nummers.vriesema]);
  });

  test("accents and capitals do not matter: 'Ozturk' finds 'Öztürk'", async () => {
    expect(await gevonden("Ozturk")).toEqual([nummers.ozturk]);
    expect(await gevonden("öZT")).toEqual([nummers.ozturk]);
  });

  test("with a geboortedatum only the person born then", async () => {
    expect(await gevonden("de Vries 01-01-1990")).toHaveLength(3);
    expect(await gevonden("de Vries 02-01-1990")).toEqual([]);
    expect(await gevonden("de Vries 1990")).toHaveLength(3);
    expect(await gevonden("de Vries 1991")).toEqual([]);
  });

  test("a common name: the 50 newest casussen with that exact name, and a note that there are more", async () => {
    const bulk: string[] = [];
    for (let i = 0; i < 52; i++) {
      const datum = `2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + Math.floor(i / 12)).padStart(2, "0")}`;
      const c = await makeCasus(db.prisma, triage.id, {
        datum,
        personen: [{ bsn: null, achternaam: "Bulk", voornamen: "Sam", geboortedatum: "19900101" }],
      });
      bulk.push(c.casus.nummer);
    }
    // Newer than every Bulk, but only a name that starts with the one searched.
    await makeCasus(db.prisma, triage.id, {
      datum: "2026-06-01",
      personen: [{ bsn: null, achternaam: "Bulkema", voornamen: "Sam", geboortedatum: "19900101" }],
    });
    const r = await zoekCasussen({ zoekterm: "bulk" }, triage);
    expect(r.teVeel).toBe(true);
    expect(r.casussen).toHaveLength(50);
    const datums = r.casussen.map((c) => c.begindatum);
    expect(datums).toEqual([...datums].sort().reverse());
    expect(r.casussen.every((c) => c.personen.every((p) => p.naam === "Sam Bulk"))).toBe(true);
    expect(new Set(r.casussen.map((c) => c.nummer)).size).toBe(50);
    expect(r.casussen.every((c) => bulk.includes(c.nummer))).toBe(true);
  });

  test("% and _ are no wildcards: the search refuses them with a Dutch message", async () => {
    for (const zoekterm of ["%", "_", "Ab_cd", "Vr%", "%%%%"])
      await expect(zoekCasussen({ zoekterm }, triage)).rejects.toBeInstanceOf(ValidationFailed);
    await expect(zoekCasussen({ zoekterm: "x".repeat(101) }, triage)).rejects.toMatchObject({
      fieldErrors: { zoekterm: "De zoekterm mag hoogstens 100 tekens lang zijn." },
    });
  });
});
