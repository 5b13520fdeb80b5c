// One casus as the protocol runs it, melding by melding: veiligheidsbeoordeling, then a dienst (Onderzoek or
// V&V), an overdracht and monitoring, then closure. Dates run on past the end of the year; cut.ts turns the
// result into the state at the end of the year. Every step respects the rules of lib/domain/casus-state.ts:
// one open dienst per soort, overdracht only after beoordeling 02 or a closed dienst, closure after all work.
import { labelOf } from "@/lib/domain/codes";
import { addDays, diffDays } from "@/lib/domain/dates";
import { addWerkdagen } from "@/lib/domain/werkdagen";
import * as D from "./distributions";
import { makeNewcomer, type BsnRegistry, type Household } from "./people";
import type { Rng, Weighted } from "./prng";
import { planDienst, type DienstPlan } from "./dienst";
import type { FullCasus, GenMelding, GenOverdracht, SynthUsers } from "./types";

export type SimContext = { rng: Rng; users: SynthUsers; bsns: BsnRegistry };

const at = (d: Date, hour: number, minute = 0) => new Date(d.getTime() + (hour * 60 + minute) * 60_000);
const maxDate = (a: Date, b: Date) => (b > a ? b : a);

/** Extra meldingen (vervolgmeldingen) planned for a casus: mean ≈ 1.3 · p1. */
export function pickVervolgmeldingen(rng: Rng, p1: number): number {
  if (!rng.chance(p1)) return 0;
  if (!rng.chance(0.25)) return 1;
  return rng.chance(0.2) ? 3 : 2;
}

class CasusSim {
  readonly c: FullCasus;
  private readonly plans: DienstPlan[] = [];
  private workEnd: Date;
  private readonly casemanager: number;

  constructor(
    private readonly ctx: SimContext,
    seq: number,
    household: Household,
    hermelding: boolean,
  ) {
    const begindatum = household.datum;
    this.c = {
      seq,
      begindatum,
      einddatum: null,
      gemeentecode: household.gemeente.code,
      hermelding,
      casemanagerId: null,
      personen: [...household.personen],
      meldingen: [],
      diensten: [],
      overdrachten: [],
      monitoring: [],
      sluitdatum: begindatum,
      household,
    };
    this.workEnd = begindatum;
    this.casemanager = ctx.rng.pick(ctx.users.CASEMANAGER);
  }

  episode(datum: Date, aard: string[], pvns: number[]): void {
    const { rng, users } = this.ctx;
    const melder = D.pickMelderMelding(rng);
    const triage = rng.pick(users.TRIAGE);
    const anoniem = melder.soort === "niet-beroeps" ? rng.chance(0.35) : melder.soort === "beroeps" && rng.chance(0.02);
    const melding: GenMelding = {
      datum,
      functieRol: melder.functieRol,
      organisatie: melder.organisatie,
      anoniem,
      melderNaam: melder.soort === "onbekend" ? null : rng.pick(D.MELDER_NAMEN[melder.soort]),
      melderContact: melder.soort === "onbekend" ? null : `0${rng.int(10, 79)}-${rng.int(1000000, 9999999)}`,
      melderOrganisatieNaam:
        melder.soort === "politie" || melder.soort === "beroeps" ? labelOf("E", melder.organisatie) : null,
      aard,
      aanvullendeInformatie: D.pickAanvullend(rng, 0.08),
      duur: rng.weighted(D.DUUR),
      toelichting: rng.pick(D.TOELICHTING_MELDING),
      behandelaarId: triage,
      createdById: triage,
      pvns,
      beoordeling: null,
    };
    const meldingIndex = this.c.meldingen.push(melding) - 1;

    const taxatie = rng.weighted(D.TAXATIE);
    let inhoud = rng.weighted(D.INHOUD_BIJ_TAXATIE[taxatie]);
    const tb =
      taxatie === "01"
        ? addDays(datum, rng.chance(0.75) ? 0 : 1) // acute: immediately
        : addWerkdagen(datum, rng.weighted(D.BEOORDELING_WERKDAGEN));
    const volgendeDag = rng.chance(0.15);
    const vastgesteldOp = volgendeDag
      ? at(addDays(tb, 1), rng.int(8, 11), rng.int(0, 59))
      : at(tb, rng.int(13, 17), rng.int(0, 59));
    const vdatum = volgendeDag ? addDays(tb, 1) : tb; // follow-up starts once the beoordeling is final
    const gw = rng.pick(users.GEDRAGSWETENSCHAPPER);

    let plan: DienstPlan | null = null;
    if (inhoud === "01") {
      const start = addDays(
        vdatum,
        rng.weighted([
          [0, 30],
          [1, 25],
          [2, 15],
          [3, 12],
          [5, 10],
          [7, 8],
        ]),
      );
      const busy = (s: "V" | "O") => this.plans.some((p) => p.dienst.soort === s && p.bevestigdDatum >= start);
      let soort: "V" | "O" = rng.chance(1 / 3) ? "O" : "V";
      if (busy(soort)) soort = soort === "O" ? "V" : "O";
      if (busy(soort))
        inhoud = "03"; // both services already run for this family
      else
        plan = planDienst(rng, users, {
          meldingIndex,
          melding,
          soort,
          start,
          tb,
          casemanager: this.casemanager,
          personen: this.c.personen,
        });
    }
    melding.beoordeling = {
      datum: tb,
      inhoud,
      taxatie,
      toelichting: `Veiligheidstaxatie: ${labelOf("G", taxatie)}. Besluit: ${labelOf("F", inhoud)}.`,
      besluitMetId: gw,
      createdById: triage,
      vastgesteldDoorId: gw,
      vastgesteldOp,
    };
    this.workEnd = maxDate(this.workEnd, vdatum);

    let lastOverdracht: Date | null = null;
    if (inhoud === "02") {
      const datumOd = addDays(
        vdatum,
        rng.weighted([
          [0, 35],
          [1, 20],
          [2, 15],
          [rng.int(3, 5), 20],
          [rng.int(6, 14), 10],
        ]),
      );
      lastOverdracht = this.overdracht(1, meldingIndex, null, datumOd, pvns, triage, D.PARTIJ_NA_BEOORDELING);
    } else if (inhoud === "04") {
      this.workEnd = maxDate(this.workEnd, addDays(vdatum, rng.int(3, 30))); // regionaal maatwerk, outside the file
    } else if (plan) {
      const dienstIndex = this.c.diensten.push(plan.dienst) - 1;
      this.plans.push(plan);
      this.c.casemanagerId = this.casemanager;
      this.workEnd = maxDate(this.workEnd, plan.bevestigdDatum);
      if (plan.overdrachtPartij) {
        const datumOd = addDays(
          plan.bevestigdDatum,
          rng.weighted([
            [0, 30],
            [rng.int(1, 3), 45],
            [rng.int(4, 10), 25],
          ]),
        );
        const partijen: Weighted<string> =
          plan.overdrachtPartij === "*" ? D.PARTIJ_NA_DIENST : [[plan.overdrachtPartij, 1]];
        lastOverdracht = this.overdracht(
          plan.dienst.soort === "V" ? 2 : 3,
          null,
          dienstIndex,
          datumOd,
          pvns,
          this.casemanager,
          partijen,
        );
      }
    }
    if (lastOverdracht && rng.chance(D.MONITORING_KANS[taxatie])) this.monitor(lastOverdracht, taxatie);
  }

  /** One overdracht, or two to different parties (often the children to youth care, the adults elsewhere). */
  private overdracht(
    moment: 1 | 2 | 3,
    meldingIndex: number | null,
    dienstIndex: number | null,
    datum: Date,
    pvns: number[],
    createdById: number,
    partijen: Weighted<string>,
  ): Date {
    const { rng } = this.ctx;
    let personen = pvns.filter(() => rng.chance(0.85));
    if (personen.length === 0) personen = [rng.pick(pvns)];
    if (personen.length > 4) personen = rng.sample(personen, 4);
    const kinderen = personen.filter((p) => this.c.personen[p - 1].rol === "KIND");
    const groepen =
      kinderen.length > 0 && kinderen.length < personen.length && rng.chance(0.25)
        ? [personen.filter((p) => !kinderen.includes(p)), kinderen]
        : [personen];
    groepen.forEach((groep, i) => {
      const partij = i === 1 ? rng.pick(["08", "12", "09", "03"]) : rng.weighted(partijen);
      const o: GenOverdracht = {
        moment,
        meldingIndex,
        dienstIndex,
        datum: addDays(datum, i === 1 ? rng.int(0, 3) : 0),
        partij,
        hulp: rng.weighted(D.HULP),
        toelichting: `Overgedragen aan ${labelOf("I", partij).toLowerCase()}.`,
        createdById,
        pvns: groep,
      };
      this.c.overdrachten.push(o);
      this.workEnd = maxDate(this.workEnd, o.datum);
    });
    return this.c.overdrachten[this.c.overdrachten.length - 1].datum;
  }

  private monitor(na: Date, taxatie: string): void {
    const { rng } = this.ctx;
    this.c.casemanagerId = this.casemanager;
    const n = rng.weighted([
      [1, 40],
      [2, 35],
      [3, 20],
      [4, 5],
    ]);
    let datum = addDays(na, rng.int(21, 42));
    for (let i = 0; i < n; i++) {
      const score = Math.max(
        0,
        Math.min(10, Math.round(D.MONITORING_BASISSCORE[taxatie] + 0.7 * i + 1.5 * rng.normal())),
      );
      const notitie =
        score >= 7
          ? "Afspraken worden nagekomen; de situatie is stabiel."
          : score >= 4
            ? "Hulp loopt, nog zorgen over de veiligheid."
            : "Opnieuw onveilige situatie; overleg met de betrokken partij.";
      this.c.monitoring.push({ datum, veiligheidsscore: score, notitie, createdById: this.casemanager });
      this.workEnd = maxDate(this.workEnd, datum);
      datum = addDays(datum, rng.int(28, 42));
    }
  }

  plannedClose(): Date {
    const { rng } = this.ctx;
    // A casus stays open after its last record while Veilig Thuis checks back, informs and closes the file: CBS
    // finds about 40 % of the casussen active in a half year still open at its end.
    return addDays(
      this.workEnd,
      rng.weighted([
        [rng.int(1, 14), 20],
        [rng.int(15, 45), 25],
        [rng.int(46, 120), 30],
        [rng.int(121, 240), 25],
      ]),
    );
  }

  /** Persons of a vervolgmelding: some of those known, sometimes a newcomer. */
  vervolgPvns(datum: Date): number[] {
    const { rng, bsns } = this.ctx;
    const all = this.c.personen.map((_, i) => i + 1);
    let pvns = all.filter(() => rng.chance(0.7));
    if (pvns.length === 0) pvns = [rng.pick(all)];
    if (this.c.personen.length < 5 && rng.chance(0.15)) {
      this.c.personen.push(makeNewcomer(rng, bsns, datum, this.c.personen[0]));
      pvns = [...pvns, this.c.personen.length];
    }
    return pvns;
  }
}

/** Simulates a casus from its first melding (on household.datum) to its closure. */
export function simulateCasus(
  ctx: SimContext,
  seq: number,
  household: Household,
  hermelding: boolean,
  aard: string[],
  vervolg: number,
): FullCasus {
  const { rng } = ctx;
  const sim = new CasusSim(ctx, seq, household, hermelding);
  sim.episode(
    household.datum,
    aard,
    household.personen.map((_, i) => i + 1),
  );
  let close = sim.plannedClose();
  for (let j = 0; j < vervolg; j++) {
    const last = sim.c.meldingen[sim.c.meldingen.length - 1].datum;
    const span = diffDays(last, close);
    if (span < 1) break;
    const datum = addDays(last, span >= 2 ? rng.int(1, span - 1) : 0);
    sim.episode(datum, rng.chance(0.6) ? aard : rng.weighted(D.AARD_MELDING), sim.vervolgPvns(datum));
    close = sim.plannedClose();
  }
  sim.c.sluitdatum = close;
  return sim.c;
}
