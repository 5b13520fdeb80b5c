import { describe, expect, test } from "vitest";
import { z } from "zod";
import { ZDienstAfsluiting, ZDienstAfsluitingBesluit, ZDienstStart } from "./schema";
import { ZOverdracht } from "@/lib/overdracht/schema";
import { ZMonitoringsmoment } from "@/lib/monitoring/schema";
import { addDays, toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";

// Any real past dates will do: relative to today.
const gisteren = toIsoDate(addDays(todayInAmsterdam(), -1));
const vorigeMaand = toIsoDate(addDays(todayInAmsterdam(), -30));

const errors = (s: z.ZodType, v: unknown) => {
  const r = s.safeParse(v);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};
const afsluiting = (extra: Record<string, unknown> = {}) => ({
  casusnummer: "C2026-000003",
  dienstId: "7",
  version: "2",
  einddatum: gisteren,
  aardConclusie: ["01"],
  aanvullendeInformatie: [],
  duur: "03",
  uitkomst: ["1", "0", "0", "0", "0"],
  voortijdig: false,
  redenVoortijdig: "",
  toelichting: "",
  ...extra,
});

describe("dienst forms", () => {
  test("start: a chosen beoordeling, a soort V or O, a real past date", () => {
    expect(
      ZDienstStart.parse({ casusnummer: "C2026-000003", meldingId: "12", soort: "O", startdatum: vorigeMaand })
        .meldingId,
    ).toBe(12);
    expect(errors(ZDienstStart, { casusnummer: "C2026-000003", meldingId: "", soort: "", startdatum: "" })).toEqual({
      meldingId: "Kies de veiligheidsbeoordeling waarop de dienst volgt.",
      soort: "Kies de soort dienst.",
      startdatum: "Vul startdatum in.",
    });
    expect(
      errors(ZDienstStart, {
        casusnummer: "'; DROP TABLE casus; --",
        meldingId: "-1",
        soort: "O",
        startdatum: vorigeMaand,
      }),
    ).toMatchObject({ casusnummer: "Ongeldig nummer.", meldingId: "Ongeldige verwijzing." });
  });

  test("afsluiting: the uitkomst becomes five digits; reden 00 unless closed early", () => {
    const v = ZDienstAfsluiting.parse(
      afsluiting({ aardConclusie: ["03", "01", "03"], uitkomst: ["1", "0", "3", "0", "0"] }),
    );
    expect(v).toMatchObject({
      uitkomstOnderzoek: "10300",
      redenVoortijdig: "00",
      aardConclusie: ["01", "03"],
      toelichting: null,
    });
    expect(ZDienstAfsluiting.parse(afsluiting({ voortijdig: true, redenVoortijdig: "03" })).redenVoortijdig).toBe("03");
    expect(ZDienstAfsluiting.parse(afsluiting({ voortijdig: false, redenVoortijdig: "03" })).redenVoortijdig).toBe(
      "00",
    );
  });

  test("afsluiting: 07 only alone; at least one conclusion unless closed early; a confirmed vorm is in the conclusion", () => {
    expect(
      errors(ZDienstAfsluiting, afsluiting({ aardConclusie: ["07", "03"], uitkomst: ["0", "0", "0", "0", "0"] }))
        .aardConclusie,
    ).toMatch(/alleen als enige conclusie/);
    expect(errors(ZDienstAfsluiting, afsluiting({ aardConclusie: [] })).aardConclusie).toBe(
      "Kies ten minste één conclusie over de aard.",
    );
    expect(
      errors(
        ZDienstAfsluiting,
        afsluiting({ aardConclusie: [], voortijdig: true, redenVoortijdig: "01", uitkomst: ["0", "0", "0", "0", "0"] }),
      ),
    ).toEqual({});
    expect(
      errors(ZDienstAfsluiting, afsluiting({ aardConclusie: ["03"], uitkomst: ["1", "0", "0", "0", "0"] })).uitkomst,
    ).toBe("Een bevestigde vorm hoort ook in de conclusie over de aard: Kindermishandeling.");
    expect(errors(ZDienstAfsluiting, afsluiting({ voortijdig: true, redenVoortijdig: "00" })).redenVoortijdig).toBe(
      "Kies de reden van voortijdig afsluiten.",
    );
    expect(errors(ZDienstAfsluiting, afsluiting({ uitkomst: ["1", "0"] })).uitkomst).toBe("Ongeldige uitkomst.");
    expect(errors(ZDienstAfsluiting, afsluiting({ aardConclusie: ["08"] })).aardConclusie).toMatch(/geldige waarden/);
    expect(errors(ZDienstAfsluiting, afsluiting({ toelichting: "x".repeat(4001) })).toelichting).toMatch(
      /hoogstens 4000/,
    );
  });

  test("besluit: sending back needs a reason", () => {
    const base = { casusnummer: "C2026-000003", dienstId: 7, version: 2 };
    expect(ZDienstAfsluitingBesluit.safeParse({ ...base, besluit: "bevestigen" }).success).toBe(true);
    expect(errors(ZDienstAfsluitingBesluit, { ...base, besluit: "terugsturen", reden: " " }).reden).toBe(
      "Vul in waarom u het voorstel terugstuurt.",
    );
    expect(errors(ZDienstAfsluitingBesluit, { ...base, besluit: "goedkeuren" }).besluit).toBe("Kies uw besluit.");
  });
});

describe("overdracht and monitoring forms", () => {
  const o = (extra: Record<string, unknown>) => ({
    casusnummer: "C2026-000003",
    bron: "D:4",
    datum: gisteren,
    partij: "08",
    hulp: "2",
    betrokkeneIds: ["5"],
    ...extra,
  });
  test("overdracht: the source is a melding or a dienst; betrokkenen as an array, at least one", () => {
    expect(ZOverdracht.parse(o({})).bron).toEqual({ soort: "D", id: 4 });
    expect(ZOverdracht.parse(o({ betrokkeneIds: "5" })).betrokkeneIds).toEqual([5]);
    expect(ZOverdracht.parse(o({ betrokkeneIds: ["5", "6", "5"] })).betrokkeneIds).toEqual([5, 6]);
    expect(errors(ZOverdracht, o({ betrokkeneIds: false })).betrokkeneIds).toBe("Kies ten minste één betrokkene.");
    expect(errors(ZOverdracht, o({ bron: "" })).bron).toBe("Kies waarna wordt overgedragen.");
    expect(errors(ZOverdracht, o({ bron: "X:1" })).bron).toBe("Ongeldige keuze voor waarna wordt overgedragen.");
    expect(errors(ZOverdracht, o({ partij: "20", hulp: "3" }))).toMatchObject({
      partij: "Kies een geldige waarde voor partij.",
      hulp: "Kies een geldige waarde voor hulp.",
    });
  });
  test("monitoring: score 0..10 whole numbers", () => {
    const m = (veiligheidsscore: unknown) =>
      ZMonitoringsmoment.safeParse({ casusnummer: "C2026-000003", datum: gisteren, veiligheidsscore });
    expect(m("0").data?.veiligheidsscore).toBe(0);
    expect(m(10).data?.veiligheidsscore).toBe(10);
    for (const bad of ["11", "-1", "7.5", "1e1", "zeven", 11]) {
      expect(m(bad).error?.issues[0].message).toBe(
        "De veiligheidsscore moet een geheel getal van 0 tot en met 10 zijn.",
      );
    }
  });
});
