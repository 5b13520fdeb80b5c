import { describe, expect, test } from "vitest";
import { toTimeline, type TimelineEvent } from "./timeline";

const ev = (entityType: string, action: string, detail: string | null, entityId = "1"): TimelineEvent => ({
  id: 1n,
  at: new Date("2026-03-13T15:00:00Z"),
  userId: 7,
  username: "gedragswetenschapper",
  role: "GEDRAGSWETENSCHAPPER",
  action,
  entityType,
  entityId,
  detail,
});

describe("toTimeline", () => {
  test("tells known steps in Dutch with the record's number and who did it, never the technical detail", () => {
    const nummers = new Map([
      ["veiligheidsbeoordeling:1", "B2026-000001"],
      ["dienst:1", "D2026-000001"],
      ["casus:1", "C2026-000001"],
    ]);
    const names = new Map([[7, "Dr. Gerda Bakker"]]);
    const items = toTimeline(
      [
        ev("casus", "CREATE", "hermelding"),
        ev("veiligheidsbeoordeling", "UPDATE", "vastgesteld"),
        ev("dienst", "CREATE", "start soort O"),
        ev("dienst", "UPDATE", "afsluiting bevestigd"),
        ev("overdracht", "CREATE", "iets technisch", "9"),
      ],
      nummers,
      names,
    );
    expect(items.map((i) => i.wat)).toEqual([
      "Casus geopend: C2026-000001",
      "Veiligheidsbeoordeling vastgesteld (vier ogen): B2026-000001",
      "Dienst Onderzoek gestart: D2026-000001",
      "Afsluiting van de dienst bevestigd (vier ogen): D2026-000001",
      "Overdracht vastgelegd",
    ]);
    expect(items[0].wie).toBe("Dr. Gerda Bakker (Gedragswetenschapper)");
    expect(JSON.stringify(items)).not.toContain("iets technisch");
  });
});

test("corrections, withdrawals and the journaal are told in Dutch; concepts stay out of the story", () => {
  const wat = toTimeline(
    [
      ev("betrokkene", "UPDATE", "correctie 3: bsn"),
      ev("melding", "UPDATE", "correctie 4: ingetrokken"),
      ev("casus", "UPDATE", "correctie 5: einddatum"),
      ev("journaalregel", "CREATE", "concept"),
      ev("journaalregel", "UPDATE", "vastgelegd"),
      ev("document", "UPDATE", "ingetrokken"),
    ],
    new Map(),
    new Map(),
  ).map((i) => i.wat);
  expect(wat).toEqual([
    "Betrokkene gecorrigeerd (zie de wijzigingshistorie)",
    "Melding ingetrokken",
    "Casus heropend",
    "Journaalregel vastgelegd",
    "Document ingetrokken",
  ]);
});
