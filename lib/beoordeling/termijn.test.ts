import { describe, expect, test } from "vitest";
import { beoordelingTermijn } from "./termijn";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("termijn veiligheidsbeoordeling", () => {
  test("5 werkdagen after the melding; overdue, today, still running", () => {
    // Thu 19 Nov 2026 → Thu 26 Nov 2026
    expect(beoordelingTermijn(d("2026-11-19"), null, d("2026-11-23"))).toEqual({ deadline: "2026-11-26", status: "lopend", tekst: "Nog 3 werkdagen" });
    expect(beoordelingTermijn(d("2026-11-19"), null, d("2026-11-26")).status).toBe("vandaag");
    expect(beoordelingTermijn(d("2026-11-10"), null, d("2026-11-23"))).toMatchObject({ status: "verstreken", tekst: "Termijn verstreken" });
    expect(beoordelingTermijn(d("2026-11-19"), null, d("2026-11-25")).tekst).toBe("Nog 1 werkdag");
  });
  test("with a beoordeling: on time or late", () => {
    expect(beoordelingTermijn(d("2026-11-19"), d("2026-11-26")).status).toBe("op-tijd-beoordeeld");
    expect(beoordelingTermijn(d("2026-11-19"), d("2026-11-27")).status).toBe("te-laat-beoordeeld");
  });
});
