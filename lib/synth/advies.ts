// One advies: mostly professionals asking how to act, no personal data of the family. Most are closed the
// same day; some span several contacts over weeks.
import { addDays } from "@/lib/domain/dates";
import * as D from "./distributions";
import type { GemeentePicker } from "./gemeenten";
import type { Rng } from "./prng";
import type { GenAdvies } from "./types";

const VRAGEN = [
  "Adviesvrager maakt zich zorgen over een leerling en vraagt hoe te handelen volgens de meldcode.",
  "Vraag hoe een gesprek met ouders aan te pakken na signalen van kindermishandeling.",
  "Adviesvrager hoort geregeld ruzie bij de buren en vraagt wat zij kan doen.",
  "Huisarts vraagt advies over een patiënte met letsel dat wijst op partnergeweld.",
  "Familielid maakt zich zorgen over de verzorging van een oudere moeder.",
  "Vraag over de afweging om wel of niet te melden.",
];

/** Start/end of an advies: ≈ 55 % same day, the rest over days to a few months. */
function pickEinde(rng: Rng, start: Date): Date {
  const dagen = rng.weighted<number>([
    [0, 55],
    [rng.int(1, 10), 30],
    [rng.int(11, 45), 12],
    [rng.int(46, 120), 3],
  ]);
  return addDays(start, dagen);
}

export function generateAdvies(
  rng: Rng,
  start: Date,
  end: Date,
  gemeenten: GemeentePicker,
  triage: number[],
): GenAdvies {
  const vrager = D.pickAdviesvrager(rng);
  const einde = pickEinde(rng, start);
  const behandelaarId = rng.pick(triage);
  const contacten = [{ datum: start, notitie: "Eerste contact; advies gegeven over de volgende stap." }];
  if (einde > start) {
    const tussen = addDays(
      start,
      rng.int(1, Math.max(1, Math.round((einde.getTime() - start.getTime()) / 86_400_000))),
    );
    if (tussen <= end)
      contacten.push({ datum: tussen, notitie: "Vervolgcontact; adviesvrager heeft het gesprek gevoerd." });
  }
  return {
    startdatum: start,
    einddatum: einde <= end ? einde : null,
    gemeentecode: rng.chance(0.015) ? null : gemeenten.pick(rng.next()).code,
    aard: rng.weighted(D.AARD_ADVIES),
    aanvullendeInformatie: D.pickAanvullend(rng, 0.21, D.AANVULLEND_ADVIES),
    duur: rng.weighted(D.DUUR),
    functieRol: vrager.functieRol,
    organisatie: vrager.organisatie,
    adviesvraag: rng.pick(VRAGEN),
    behandelaarId,
    contacten,
  };
}
