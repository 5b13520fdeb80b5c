// A dienst Onderzoek or Voorwaarden en Vervolg after "vervolgstappen bij Veilig Thuis": its duration (Onderzoek
// ≈ 80 % within 10 weeks of the beoordeling, a few closed early), conclusion and uitkomst, and whether an
// overdracht follows. Four eyes: the casemanager proposes closure, a gedragswetenschapper or teamleider confirms.
import { labelOf } from "@/lib/domain/codes";
import { addDays } from "@/lib/domain/dates";
import * as D from "./distributions";
import type { GenPersoon } from "./people";
import type { Rng } from "./prng";
import type { GenDienst, GenMelding, SynthUsers } from "./types";

export type DienstPlan = {
  dienst: GenDienst;
  /** Day the closure is confirmed (the dienst is open until then). */
  bevestigdDatum: Date;
  /** Partij of the overdracht that follows: a code, "*" = any, null = none. */
  overdrachtPartij: string | null;
};

type Input = {
  meldingIndex: number;
  melding: GenMelding;
  soort: "V" | "O";
  start: Date;
  tb: Date;
  casemanager: number;
  personen: GenPersoon[];
};

const digit = (rng: Rng, vorm: string) =>
  vorm === "01"
    ? rng.weighted([
        ["1", 74],
        ["2", 16],
        ["3", 10],
      ])
    : rng.weighted([
        ["1", 60],
        ["2", 25],
        ["3", 15],
      ]);

export function planDienst(rng: Rng, users: SynthUsers, input: Input): DienstPlan {
  const { melding, soort, start, tb } = input;
  const aard = melding.aard;
  let vormen = aard.filter((a) => a <= "05");
  if (vormen.length === 0) vormen = input.personen.some((p) => p.rol === "KIND") ? ["01"] : ["05"];
  let einddatum: Date;
  let aardConclusie: string[];
  let uitkomst = "00000";
  let reden = "00";
  let overdrachtPartij: string | null = null;
  if (soort === "O") {
    const early = rng.chance(0.05);
    const dagen = early ? rng.int(10, 45) : rng.chance(0.8) ? rng.int(21, 70) : rng.int(71, 130);
    einddatum = addDays(tb, dagen);
    if (einddatum < addDays(start, 3)) einddatum = addDays(start, 3);
    if (early) {
      reden = rng.weighted(D.REDEN_VOORTIJDIG);
      aardConclusie = aard.length > 0 ? aard : vormen;
      overdrachtPartij = reden === "02" ? "18" : reden === "04" && rng.chance(0.4) ? "*" : null;
    } else {
      const digits = ["0", "0", "0", "0", "0"];
      for (const v of vormen) digits[Number(v) - 1] = digit(rng, v);
      uitkomst = digits.join("");
      aardConclusie = vormen.filter((v) => digits[Number(v) - 1] !== "3");
      if (aard.includes("06") && rng.chance(0.5)) aardConclusie.push("06");
      if (aardConclusie.length === 0) aardConclusie = rng.chance(0.85) ? ["07"] : ["06"];
      overdrachtPartij = rng.chance(0.85) ? "*" : null;
    }
  } else {
    einddatum = addDays(start, 14 + Math.round(((rng.next() + rng.next()) / 2) * 84));
    aardConclusie = aard.length > 0 ? [...aard] : vormen;
    if (!aardConclusie.includes("06") && rng.chance(0.05)) aardConclusie.push("06");
    overdrachtPartij = rng.chance(0.9) ? "*" : null;
  }
  const bevestigdDatum = addDays(
    einddatum,
    rng.weighted([
      [0, 50],
      [1, 25],
      [2, 15],
      [3, 10],
    ]),
  );
  const bevestiger = rng.chance(0.7) ? rng.pick(users.GEDRAGSWETENSCHAPPER) : rng.pick(users.TEAMLEIDER);
  const duur =
    melding.duur !== "99" || rng.chance(0.15) ? melding.duur : rng.weighted(D.DUUR.filter(([c]) => c !== "99"));
  const dienst: GenDienst = {
    meldingIndex: input.meldingIndex,
    soort,
    status: "AFGESLOTEN",
    startdatum: start,
    einddatum,
    aardConclusie: aardConclusie.sort(),
    aanvullendeInformatie: [...melding.aanvullendeInformatie],
    duur,
    uitkomstOnderzoek: uitkomst,
    redenVoortijdig: reden,
    toelichting:
      soort === "O"
        ? reden === "00"
          ? "Onderzoek afgerond; conclusie besproken met de betrokkenen."
          : `Voortijdig afgesloten: ${labelOf("H2", reden).toLowerCase()}.`
        : "Veiligheidsvoorwaarden afgesproken; vervolghulp in gang gezet.",
    uitvoerderId: input.casemanager,
    afsluitingVoorgesteldDoorId: input.casemanager,
    afsluitingBevestigdDoorId: bevestiger,
    afsluitingBevestigdOp: new Date(bevestigdDatum.getTime() + rng.int(9 * 60, 17 * 60) * 60_000),
  };
  return { dienst, bevestigdDatum, overdrachtPartij };
}
