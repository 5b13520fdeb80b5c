import { describe, expect, it } from "vitest";
import { parseIsoDate } from "./dates";
import {
  canAddMelding,
  canAddMonitoring,
  canAddOverdracht,
  canCloseCasus,
  canRecordBeoordeling,
  canStartDienst,
  deriveStage,
  getStageLabel,
  voordeurAfsluiten,
  type CasusSnapshot,
  type DienstSnapshot,
  type MeldingSnapshot,
} from "./casus-state";

const d = (s: string) => parseIsoDate(s)!;
const melding = (id: string, inhoud?: string, definitief = true): MeldingSnapshot => ({
  id,
  datumMelding: d("2025-03-12"),
  beoordeling: inhoud ? { inhoud, definitief, datum: d("2025-03-14") } : undefined,
});
const dienst = (
  id: string,
  soort: "V" | "O",
  status: DienstSnapshot["status"],
  meldingId?: string,
): DienstSnapshot => ({
  id,
  soort,
  status,
  startdatum: d("2025-03-17"),
  einddatum: status === "AFGESLOTEN" ? d("2025-05-01") : null,
  meldingId,
});
const casus = (p: Partial<CasusSnapshot> = {}): CasusSnapshot => ({
  gesloten: false,
  meldingen: [],
  diensten: [],
  overdrachten: [],
  ...p,
});
const reden = (r: { ok: boolean; reden?: string }) => (r.ok ? "ok" : r.reden);

describe("canAddMelding", () => {
  it("allows a vervolgmelding on an open casus", () =>
    expect(canAddMelding(casus({ meldingen: [melding("m1", "01")] }))).toEqual({ ok: true }));
  it("refuses a closed casus", () => {
    expect(reden(canAddMelding(casus({ gesloten: true })))).toBe(
      "De casus is gesloten; een nieuwe melding opent een nieuwe casus (hermelding)",
    );
  });
});

describe("canRecordBeoordeling", () => {
  it("allows a first or a draft beoordeling", () => {
    expect(canRecordBeoordeling(casus({ meldingen: [melding("m1")] }), "m1").ok).toBe(true);
    expect(canRecordBeoordeling(casus({ meldingen: [melding("m1", "02", false)] }), "m1").ok).toBe(true);
  });
  it("never overwrites a final beoordeling", () => {
    expect(reden(canRecordBeoordeling(casus({ meldingen: [melding("m1", "02")] }), "m1"))).toBe(
      "Deze melding heeft al een definitieve veiligheidsbeoordeling",
    );
  });
  it("refuses an unknown melding and a closed casus", () => {
    expect(reden(canRecordBeoordeling(casus({ meldingen: [melding("m1")] }), "x"))).toBe(
      "Deze melding hoort niet bij de casus",
    );
    expect(canRecordBeoordeling(casus({ gesloten: true, meldingen: [melding("m1")] }), "m1").ok).toBe(false);
  });
});

describe("canStartDienst", () => {
  const base = casus({
    meldingen: [
      melding("m1", "01"),
      melding("m2", "01"),
      melding("m3", "02"),
      melding("m4", "01", false),
      melding("m5"),
    ],
  });
  it("allows V and O after a final beoordeling 01", () => {
    expect(canStartDienst(base, "m1", "V")).toEqual({ ok: true });
    expect(canStartDienst(base, "m1", "O")).toEqual({ ok: true });
  });
  it("refuses without a final beoordeling", () => {
    expect(reden(canStartDienst(base, "m4", "V"))).toBe(
      "De veiligheidsbeoordeling van deze melding is nog niet definitief",
    );
    expect(reden(canStartDienst(base, "m5", "V"))).toBe(
      "De veiligheidsbeoordeling van deze melding is nog niet definitief",
    );
  });
  it("refuses after another inhoud than 01", () => {
    expect(reden(canStartDienst(base, "m3", "O"))).toBe(
      "Een dienst kan alleen starten na de beslissing 'Vervolgstappen beleggen bij Veilig Thuis'",
    );
  });
  it("refuses an unknown melding, an unknown soort and a closed casus", () => {
    expect(reden(canStartDienst(base, "zz", "V"))).toBe("Deze melding hoort niet bij de casus");
    expect(reden(canStartDienst(base, "m1", "X" as "V"))).toBe("Onbekende soort dienst");
    expect(reden(canStartDienst({ ...base, gesloten: true }, "m1", "V"))).toMatch(/gesloten/);
  });
  it("refuses a second open dienst after the same beoordeling", () => {
    const s = { ...base, diensten: [dienst("d1", "V", "AFSLUITING_VOORGESTELD", "m1")] };
    expect(reden(canStartDienst(s, "m1", "O"))).toBe("Er loopt al een dienst na deze veiligheidsbeoordeling");
  });
  it("refuses a second open dienst of the same soort in the casus", () => {
    const s = { ...base, diensten: [dienst("d1", "O", "LOPEND", "m1")] };
    expect(reden(canStartDienst(s, "m2", "O"))).toBe("Er loopt al een dienst Onderzoek in deze casus");
    expect(canStartDienst(s, "m2", "V").ok).toBe(true);
  });
  it("allows a new dienst once the earlier one is closed (e.g. V&V followed by Onderzoek)", () => {
    const s = { ...base, diensten: [dienst("d1", "V", "AFGESLOTEN", "m1")] };
    expect(canStartDienst(s, "m1", "O").ok).toBe(true);
    expect(canStartDienst(s, "m1", "V").ok).toBe(true);
  });
});

describe("canAddOverdracht", () => {
  const base = casus({
    meldingen: [melding("m1", "02"), melding("m2", "01"), melding("m3", "02", false)],
    diensten: [
      dienst("v1", "V", "AFGESLOTEN"),
      dienst("o1", "O", "AFGESLOTEN"),
      dienst("v2", "V", "LOPEND"),
      dienst("o2", "O", "AFSLUITING_VOORGESTELD"),
    ],
  });
  it("moment 1: only after a final beoordeling 02 Overdracht", () => {
    expect(canAddOverdracht(base, { moment: 1, bronMeldingId: "m1" })).toEqual({ ok: true });
    expect(reden(canAddOverdracht(base, { moment: 1, bronMeldingId: "m2" }))).toBe(
      "Overdracht na de veiligheidsbeoordeling kan alleen bij de beslissing 'Overdracht'",
    );
    expect(reden(canAddOverdracht(base, { moment: 1, bronMeldingId: "m3" }))).toBe(
      "De veiligheidsbeoordeling van deze melding is nog niet definitief",
    );
    expect(reden(canAddOverdracht(base, { moment: 1, bronMeldingId: "mX" }))).toBe(
      "Deze melding hoort niet bij de casus",
    );
    expect(reden(canAddOverdracht(base, { moment: 1 }))).toBe("Kies de melding waarna wordt overgedragen");
    expect(canAddOverdracht(base, { moment: 1, bronMeldingId: "m1", bronDienstId: "v1" }).ok).toBe(false);
  });
  it("moment 2: only after a closed V&V dienst of the casus", () => {
    expect(canAddOverdracht(base, { moment: 2, bronDienstId: "v1" })).toEqual({ ok: true });
    expect(reden(canAddOverdracht(base, { moment: 2, bronDienstId: "v2" }))).toBe(
      "De dienst Voorwaarden en Vervolg is nog niet afgesloten",
    );
    expect(reden(canAddOverdracht(base, { moment: 2, bronDienstId: "o1" }))).toBe(
      "Een overdracht na Voorwaarden en Vervolg moet verwijzen naar een dienst Voorwaarden en Vervolg",
    );
    expect(reden(canAddOverdracht(base, { moment: 2, bronDienstId: "elders" }))).toBe(
      "Deze dienst hoort niet bij de casus",
    );
    expect(reden(canAddOverdracht(base, { moment: 2 }))).toBe(
      "Kies de dienst Voorwaarden en Vervolg waarna wordt overgedragen",
    );
    expect(canAddOverdracht(base, { moment: 2, bronDienstId: "v1", bronMeldingId: "m1" }).ok).toBe(false);
  });
  it("moment 3: only after a closed Onderzoek dienst of the casus", () => {
    expect(canAddOverdracht(base, { moment: 3, bronDienstId: "o1" })).toEqual({ ok: true });
    expect(reden(canAddOverdracht(base, { moment: 3, bronDienstId: "o2" }))).toBe(
      "De dienst Onderzoek is nog niet afgesloten",
    );
    expect(canAddOverdracht(base, { moment: 3, bronDienstId: "v1" }).ok).toBe(false);
  });
  it("refuses other moments and a closed casus", () => {
    expect(reden(canAddOverdracht(base, { moment: 4, bronDienstId: "o1" }))).toBe(
      "Het moment van overdracht moet 1, 2 of 3 zijn",
    );
    expect(canAddOverdracht({ ...base, gesloten: true }, { moment: 1, bronMeldingId: "m1" }).ok).toBe(false);
  });
});

describe("canAddMonitoring", () => {
  it("needs an overdracht and an open casus", () => {
    expect(reden(canAddMonitoring(casus()))).toBe("Monitoring kan pas na een overdracht");
    expect(canAddMonitoring(casus({ overdrachten: [{ moment: 1, bronMeldingId: "m1" }] }))).toEqual({ ok: true });
    expect(canAddMonitoring(casus({ gesloten: true, overdrachten: [{ moment: 1, bronMeldingId: "m1" }] })).ok).toBe(
      false,
    );
  });
});

describe("canCloseCasus", () => {
  it("allows closing when every melding is decided and every dienst closed", () => {
    expect(
      canCloseCasus(casus({ meldingen: [melding("m1", "02")], overdrachten: [{ moment: 1, bronMeldingId: "m1" }] })),
    ).toEqual({ ok: true });
    expect(
      canCloseCasus(casus({ meldingen: [melding("m1", "01")], diensten: [dienst("o1", "O", "AFGESLOTEN")] })).ok,
    ).toBe(true);
  });
  it("lists ALL blocking reasons in Dutch", () => {
    const s = casus({
      meldingen: [melding("m1", "01"), melding("m2", "01", false), { id: "m3", datumMelding: d("2025-04-02") }],
      diensten: [
        dienst("v1", "V", "LOPEND"),
        dienst("o1", "O", "AFSLUITING_VOORGESTELD"),
        dienst("v0", "V", "AFGESLOTEN"),
      ],
    });
    const r = canCloseCasus(s);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.redenen).toEqual([
      "De dienst Voorwaarden en Vervolg van 17 maart 2025 is nog niet afgesloten",
      "De dienst Onderzoek van 17 maart 2025 is nog niet afgesloten",
      "De melding van 12 maart 2025 heeft nog geen definitieve veiligheidsbeoordeling",
      "De melding van 2 april 2025 heeft nog geen definitieve veiligheidsbeoordeling",
    ]);
    expect(r.reden).toBe(r.redenen.join("; "));
  });
  it("refuses an already closed casus", () => {
    expect(canCloseCasus(casus({ gesloten: true }))).toEqual({
      ok: false,
      reden: "De casus is al gesloten",
      redenen: ["De casus is al gesloten"],
    });
  });
});

describe("deriveStage / getStageLabel", () => {
  it.each<[string, CasusSnapshot, string]>([
    ["new melding", casus({ meldingen: [melding("m1")] }), "BEOORDELING"],
    ["draft beoordeling", casus({ meldingen: [melding("m1", "01", false)] }), "BEOORDELING"],
    ["open dienst", casus({ meldingen: [melding("m1", "01")], diensten: [dienst("d", "O", "LOPEND")] }), "DIENST"],
    [
      "closing proposed",
      casus({ meldingen: [melding("m1", "01")], diensten: [dienst("d", "V", "AFSLUITING_VOORGESTELD")] }),
      "DIENST",
    ],
    [
      "vervolgmelding during a dienst",
      casus({ meldingen: [melding("m1", "01"), melding("m2")], diensten: [dienst("d", "O", "LOPEND")] }),
      "BEOORDELING",
    ],
    [
      "after overdracht",
      casus({ meldingen: [melding("m1", "02")], overdrachten: [{ moment: 1, bronMeldingId: "m1" }] }),
      "OVERDRACHT_MONITORING",
    ],
    [
      "dienst closed",
      casus({ meldingen: [melding("m1", "01")], diensten: [dienst("d", "O", "AFGESLOTEN", "m1")] }),
      "OVERDRACHT_MONITORING",
    ],
    ["vervolgstappen bij VT, no dienst yet", casus({ meldingen: [melding("m1", "01")] }), "DIENST_STARTEN"],
    [
      "a vervolgmelding with vervolgstappen after a closed dienst",
      casus({
        meldingen: [melding("m1", "01"), melding("m2", "01")],
        diensten: [{ ...dienst("d", "O", "AFGESLOTEN"), meldingId: "m1" }],
      }),
      "DIENST_STARTEN",
    ],
    ["closed", casus({ gesloten: true, meldingen: [melding("m1")] }), "GESLOTEN"],
  ])("%s → %s", (_label, s, stage) => expect(deriveStage(s)).toBe(stage));
  it("has Dutch labels", () => {
    expect(getStageLabel("BEOORDELING")).toBe("Wacht op veiligheidsbeoordeling");
    expect(getStageLabel("DIENST")).toBe("Dienst loopt");
    expect(getStageLabel("DIENST_STARTEN")).toBe("Wacht op start dienst");
    expect(getStageLabel("OVERDRACHT_MONITORING")).toBe("Overdracht en monitoring");
    expect(getStageLabel("GESLOTEN")).toBe("Gesloten");
  });
});

describe("voordeurAfsluiten (geen vervolgstappen / regionaal maatwerk)", () => {
  const zonderCm = (p: Partial<CasusSnapshot>) => ({ ...casus(p), heeftCasemanager: false });
  it("applies after a final 03 or 04 in a casus without a casemanager; nothing blocks it", () => {
    expect(voordeurAfsluiten(zonderCm({ meldingen: [melding("1", "03")] }))).toEqual({ blokkades: [] });
    expect(voordeurAfsluiten(zonderCm({ meldingen: [melding("1", "04")] }))).toEqual({ blokkades: [] });
  });
  it("does not apply: not final, other decisions, a casemanager, a vervolgstappen awaiting its dienst, closed", () => {
    expect(voordeurAfsluiten(zonderCm({ meldingen: [melding("1", "03", false)] }))).toBeNull();
    expect(voordeurAfsluiten(zonderCm({ meldingen: [melding("1", "01")] }))).toBeNull();
    expect(voordeurAfsluiten(zonderCm({ meldingen: [melding("1", "02")] }))).toBeNull();
    expect(voordeurAfsluiten({ ...casus({ meldingen: [melding("1", "03")] }), heeftCasemanager: true })).toBeNull();
    expect(voordeurAfsluiten(zonderCm({ meldingen: [melding("1", "03"), melding("2", "01")] }))).toBeNull();
    expect(voordeurAfsluiten(zonderCm({ gesloten: true, meldingen: [melding("1", "03")] }))).toBeNull();
  });
  it("names what still blocks it: a melding without final beoordeling, an overdracht not recorded", () => {
    const s = zonderCm({ meldingen: [melding("1", "03"), melding("2", "02"), melding("3")] });
    expect(voordeurAfsluiten(s)!.blokkades).toEqual([
      "De melding van 12 maart 2025 heeft nog geen definitieve veiligheidsbeoordeling",
      "De overdracht na de melding van 12 maart 2025 is nog niet vastgelegd",
    ]);
    const overgedragen = zonderCm({
      meldingen: [melding("1", "03"), melding("2", "02")],
      overdrachten: [{ moment: 1, bronMeldingId: "2" }],
    });
    expect(voordeurAfsluiten(overgedragen)).toEqual({ blokkades: [] });
  });
});
