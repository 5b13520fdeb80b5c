import { describe, expect, test } from "vitest";
import { shieldMelder } from "./dto";

const m = {
  functieRol: "21",
  organisatie: "04",
  anoniem: true,
  melderNaam: "Huisarts Van Dam",
  melderContact: "010-1",
  melderOrganisatieNaam: "Praktijk",
};

describe("melder identity", () => {
  test("anonymous: visible for triage, gedragswetenschapper and teamleider; withheld for a casemanager", () => {
    for (const role of ["TRIAGE", "GEDRAGSWETENSCHAPPER", "TEAMLEIDER"] as const)
      expect(shieldMelder(role, m)).toMatchObject({ afgeschermd: false, naam: "Huisarts Van Dam" });
    expect(shieldMelder("CASEMANAGER", m)).toMatchObject({
      afgeschermd: true,
      naam: null,
      contact: null,
      organisatieNaam: null,
      functieRol: "21",
    });
  });
  test("not anonymous: visible for everyone who may read the melding", () => {
    expect(shieldMelder("CASEMANAGER", { ...m, anoniem: false })).toMatchObject({
      afgeschermd: false,
      naam: "Huisarts Van Dam",
    });
  });
});
