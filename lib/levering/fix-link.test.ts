import { expect, test } from "vitest";
import { fixLinkOf } from "./fix-link";

test("a finding opens the correction form of exactly its record, or the record's page", () => {
  expect(fixLinkOf({ casusnummer: "C2026-000010", persoonsvolgnummer: "0001" }, "21")).toBe(
    "/casussen/C2026-000010/betrokkenen/1/corrigeren",
  );
  expect(fixLinkOf({ meldingnummer: "M2026-000012", casusnummer: "C2026-000010" }, "30")).toBe(
    "/meldingen/M2026-000012/corrigeren",
  );
  expect(fixLinkOf({ adviesnummer: "A2026-000001" }, "10")).toBe("/adviezen/A2026-000001/corrigeren");
  expect(fixLinkOf({ casusnummer: "C2026-000003" }, "20")).toBe("/casussen/C2026-000003/gemeente/corrigeren");
  expect(fixLinkOf({ casusnummer: "C2026-000003", dienstnummer: "D2026-000001" }, "40")).toBe(
    "/casussen/C2026-000003/diensten/D2026-000001/corrigeren",
  );
  expect(fixLinkOf({ meldingnummer: "M2026-000001", casusnummer: "C2026-000001" }, "32")).toBe(
    "/meldingen/M2026-000001/beoordeling/corrigeren",
  );
  expect(
    fixLinkOf({ overdrachtnummer: "O2026-000002", casusnummer: "C2026-000004", persoonsvolgnummer: "0002" }, "50"),
  ).toBe("/casussen/C2026-000004/overdrachten/O2026-000002/corrigeren");
  expect(fixLinkOf({ monitoringnummer: "T2026-000001", casusnummer: "C2026-000004" }, "60")).toBe(
    "/casussen/C2026-000004/monitoring/T2026-000001/corrigeren",
  );
  // A melding's link to a betrokkene (record 31) has no form of its own: the melding's page.
  expect(
    fixLinkOf({ meldingnummer: "M2026-000001", casusnummer: "C2026-000001", persoonsvolgnummer: "0001" }, "31"),
  ).toBe("/meldingen/M2026-000001");
});
