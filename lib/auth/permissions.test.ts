import { describe, expect, test } from "vitest";
import { PERMISSIONS, ROLES, roleHas, permissionsOf } from "./permissions";
import { navFor, startPageFor } from "./navigation";

// The expected answer for every role × every permission, written out independently of the map:
// T = TRIAGE, C = CASEMANAGER, G = GEDRAGSWETENSCHAPPER, L = TEAMLEIDER, B = BEHEERDER,
// P = PRIVACY, R = RAPPORTAGE.
const EXPECTED: Record<string, string> = {
  "werkvoorraad:view": "T L",
  "advies:read": "T L",
  "advies:write": "T",
  "melding:read": "T C G L",
  "melding:write": "T",
  "gemeenten:read": "T C G L",
  "betrokkene:search": "T C G L",
  "casus:read": "T C G L",
  "casus:search": "T C G L",
  "casus:assign": "L",
  "casus:assignee": "C",
  "melding:assignee": "T",
  "advies:read-all": "L",
  "melder:identity": "T G L",
  "beoordeling:besluit-met": "T G L",
  "overdracht:na-dienst": "C",
  "casus:close": "T C L",
  "afsluiten:view": "T L",
  "beoordeling:write": "T",
  "beoordeling:confirm": "G L",
  "dienst:write": "C",
  "dienst:confirm": "G L",
  "overdracht:write": "T C",
  "monitoring:write": "C",
  "veiligheidsplan:write": "C",
  "relatie:write": "T C L",
  "opvolging:write": "T C",
  "journaal:write": "T C G L",
  "document:write": "T C G L",
  "document:read": "T C G L",
  "document:withdraw": "L",
  "correctie:write": "T C L",
  "correctie:na-vaststelling": "L",
  "advies:correct": "T L",
  "melding:withdraw": "L",
  "casus:reopen": "L",
  "mijn-casussen:view": "C",
  "beoordelingen:view": "G L",
  "termijnen:view": "L",
  "team:view": "L",
  "account:self": "T C G L B P R",
  "noodtoegang:use": "T C G L",
  "afscherming:manage": "L",
  "geheim-adres:write": "T C L",
  "geheim-adres:read-alle": "L",
  "geheim-adres:read-eigen": "C",
  "controle:write": "P",
  "verzoek:write": "P",
  "bewaartermijn:manage": "P",
  "signalen:view": "T C G L",
  "taak:write": "T C G L",
  "taak:assign": "L",
  "levering:view": "L",
  "rapportage:read": "L R",
  "levering:create": "L",
  "levering:finalize": "L",
  "levering:download": "L",
  "user:manage": "B",
  "audit:read": "P",
  "instellingen:manage": "B",
};
const LETTER = {
  TRIAGE: "T",
  CASEMANAGER: "C",
  GEDRAGSWETENSCHAPPER: "G",
  TEAMLEIDER: "L",
  BEHEERDER: "B",
  PRIVACY: "P",
  RAPPORTAGE: "R",
} as const;

describe("permission map", () => {
  test("names exactly the expected permissions", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
  for (const [permission, roles] of Object.entries(EXPECTED)) {
    for (const role of ROLES) {
      const expected = roles.split(" ").includes(LETTER[role]);
      test(`${role} ${expected ? "may" : "may not"} ${permission}`, () => {
        expect(roleHas(role, permission)).toBe(expected);
      });
    }
  }
  test("what the map does not name is refused", () => {
    for (const role of ROLES) {
      expect(roleHas(role, "casus:delete")).toBe(false);
      expect(roleHas(role, "toString")).toBe(false);
      expect(roleHas(role, "__proto__")).toBe(false);
    }
    expect(roleHas(null, "casus:read")).toBe(false);
  });
  test("the beheerder never reads case content by default", () => {
    expect(permissionsOf("BEHEERDER").filter((p) => /^(casus|melding|advies|betrokkene|levering)/.test(p))).toEqual([]);
  });
  test("the privacy officer reads no case content, and the log views are not the beheerder's (separation of duties)", () => {
    expect(
      permissionsOf("PRIVACY").filter((p) => /^(casus|melding|advies|betrokkene|levering|document|journaal)/.test(p)),
    ).toEqual([]);
    expect(roleHas("BEHEERDER", "audit:read")).toBe(false);
    expect(roleHas("PRIVACY", "audit:read")).toBe(true);
  });
  test("the beleidsmedewerker reads the reports and nothing of a dossier", () => {
    expect(permissionsOf("RAPPORTAGE").sort()).toEqual(["account:self", "rapportage:read"]);
  });
  test("each role lands on a start page it may open, and sees only navigation it may use", () => {
    for (const role of ROLES) {
      const items = navFor(role);
      expect(items.map((i) => i.href)).toContain(startPageFor(role));
      for (const i of items) expect(roleHas(role, i.permission)).toBe(true);
    }
  });
});
