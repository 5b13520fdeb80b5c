// The radar search takes what is typed literally: % and _ are characters, not wildcards, and a name needs two
// letters. Names with invisible characters can not be registered, so nobody hides from the radar that way.
import { beforeAll, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { makeCasus, makeUser, type TestUser } from "@/lib/testing/factories";
import { ValidationFailed } from "@/lib/auth/errors";
import { zoekCasussen } from "@/lib/zoeken/queries";
import { ZBetrokkeneInput } from "./schema";
import { searchBetrokkenen } from "./queries";
import { persoonInvoer } from "@/lib/melding/test-input";

const db = freshTestDb();
let triage: TestUser;
beforeAll(async () => {
  triage = await makeUser(db.prisma, "TRIAGE");
  for (const achternaam of ["Jansen", "Janssen", "Jan_sen"]) {
    await makeCasus(db.prisma, triage.id, {
      datum: "2026-10-01",
      personen: [{ bsn: null, achternaam, voornamen: "Eva", geboortedatum: "20150312", rol: "KIND" }],
    });
  }
});

const zoek = (achternaam: string, geboortedatum = "2015") => searchBetrokkenen({ achternaam, geboortedatum }, triage);

test("% and _ are literal characters in the radar", async () => {
  expect((await zoek("Jansen")).personen.map((p) => p.naam)).toEqual(["Eva Jansen"]);
  expect((await zoek("Jan_sen")).personen.map((p) => p.naam)).toEqual(["Eva Jan_sen"]);
  expect((await zoek("Jan%")).personen).toEqual([]);
});

test("a name search needs at least two letters: wildcard-like input gets a Dutch message", async () => {
  for (const achternaam of ["%%", "_%", "J", "%J"]) {
    const e = await zoek(achternaam).catch((x) => x);
    expect(e, achternaam).toBeInstanceOf(ValidationFailed);
    expect(e.fieldErrors.achternaam).toBe("Vul de achternaam in (ten minste 2 letters).");
  }
});

test("the casus search treats them as text too", async () => {
  const r = await zoekCasussen({ zoekterm: "Jan%" }, triage).catch((x) => x);
  expect(r).toBeInstanceOf(ValidationFailed);
  expect((await zoekCasussen({ zoekterm: "Jansen" }, triage)).casussen).toHaveLength(1);
});

test("names with zero-width, bidi-override or control characters are refused", () => {
  for (const achternaam of ["Jan\u200Bsen", "Jan\u202Esen", "Jan\u2066sen", "Jan\u0000sen"]) {
    const r = ZBetrokkeneInput.safeParse(persoonInvoer({ bsn: "", achternaam }));
    expect(r.success, JSON.stringify(achternaam)).toBe(false);
    expect(r.error!.issues.find((i) => i.path[0] === "achternaam")?.message).toMatch(
      /onzichtbaar teken|ongeldige tekens/,
    );
  }
});
