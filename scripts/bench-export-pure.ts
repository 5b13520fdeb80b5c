// node --import tsx scripts/bench-export-pure.ts [--casussen 70000] [--runs 3]
//
// The pure part of the CBS export, without a database: ~930 000 synthetic records in memory (the shape of a
// national half-year: adviezen, casussen with 3 betrokkenen, meldingen, beoordelingen, diensten, overdrachten,
// monitoring) are formatted into lines, parsed back, checked (K01-K14) and counted for the spiegelrapport.
// Prints the time of each phase (wall and CPU of this process, best of --runs) and the number of violations,
// which must be 0: the data is clean. Input generation is not timed.
import { createChecker } from "../lib/export/checks/checks";
import { formatRecord, type RecordValues } from "../lib/export/write/format";
import { createMirrorReport } from "../lib/export/reports/mirror-report";
import { parseLine, type ParsedRecord } from "../lib/export/read/reader";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CASUSSEN = arg("casussen", 70_000);
const RUNS = arg("runs", 3);

type Input = [type: string, values: RecordValues];

function generate(n: number): Input[] {
  const pad = (i: number) => String(i).padStart(6, "0");
  const out: Input[] = [
    [
      "01",
      {
        vt_regiocode: "VT18",
        kvk_nummer: "24123456",
        verslagjaar: "2025",
        halfjaar: "2",
        soort_levering: "R",
        aanmaakdatum: "20260101",
        aanmaaktijd: "101010",
        versie_bestandsdefinitie: "VTP-1.0",
        software: "bench",
      },
    ],
  ];
  const each = (type: string, count: number, perItem: number, make: (i: number, p: number) => RecordValues) => {
    for (let i = 0; i < count; i++) for (let p = 1; p <= perItem; p++) out.push([type, make(i, p)]);
  };
  each("10", Math.round(n * 0.7), 1, (i) => ({
    adviesnummer: `A2025-${pad(i)}`,
    startdatum: "20250801",
    einddatum: "20250802",
    gemeentecode: "0599",
    aard: "1000000",
    aanvullende_informatie: "00000000",
    duur: "02",
    functie_rol: "28",
    organisatie: "10",
  }));
  each("20", n, 1, (i) => ({
    casusnummer: `C2025-${pad(i)}`,
    begindatum: "20250801",
    einddatum: "00000000",
    gemeentecode: "0599",
  }));
  each("21", n, 3, (i, p) => ({
    casusnummer: `C2025-${pad(i)}`,
    persoonsvolgnummer: p,
    bsn: "123456782",
    geboortedatum: "19800101",
    geslacht: "1",
  }));
  each("30", n, 1, (i) => ({
    meldingnummer: `M2025-${pad(i)}`,
    casusnummer: `C2025-${pad(i)}`,
    datum_melding: "20250801",
    functie_rol: "33",
    organisatie: "15",
    anoniem: "N",
    aard: "1000000",
    aanvullende_informatie: "00000000",
    duur: "02",
  }));
  each("31", n, 3, (i, p) => ({
    meldingnummer: `M2025-${pad(i)}`,
    casusnummer: `C2025-${pad(i)}`,
    persoonsvolgnummer: p,
  }));
  each("32", n, 1, (i) => ({
    meldingnummer: `M2025-${pad(i)}`,
    casusnummer: `C2025-${pad(i)}`,
    datum_beoordeling: "20250804",
    inhoud: "02",
    taxatie: "03",
  }));
  each("40", n, 1, (i) => ({
    dienstnummer: `D2025-${pad(i)}`,
    casusnummer: `C2025-${pad(i)}`,
    soort: "V",
    startdatum: "20250811",
    einddatum: "00000000",
    aard_conclusie: "0000000",
    aanvullende_informatie: "00000000",
    duur: "03",
    uitkomst_onderzoek: "00000",
    reden_voortijdig: "00",
  }));
  each("50", n, 2, (i, p) => ({
    overdrachtnummer: `O2025-${pad(i)}`,
    casusnummer: `C2025-${pad(i)}`,
    persoonsvolgnummer: p,
    moment: 1,
    bronnummer: `M2025-${pad(i)}`,
    datum_overdracht: "20250810",
    partij: "02",
    hulp: "1",
  }));
  each("60", Math.round(n / 2), 1, (i) => ({
    monitoringnummer: `T2025-${pad(i)}`,
    casusnummer: `C2025-${pad(i)}`,
    datum_monitoring: "20251101",
    veiligheidsscore: "07",
  }));
  const counts: Record<string, number> = {};
  for (const [type] of out) counts[type] = (counts[type] ?? 0) + 1;
  const trailer: Record<string, string> = {};
  for (const t of ["10", "20", "21", "30", "31", "32", "40", "50", "60"])
    trailer[`aantal_${t}`] = String(counts[t] ?? 0);
  trailer.aantal_totaal = String(out.length + 1);
  out.push(["99", trailer]);
  return out;
}

/** Runs fn and returns [result, wall ms, CPU ms of this process (all threads, GC included)]. */
function time<T>(fn: () => T): [T, number, number] {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const result = fn();
  const used = process.cpuUsage(cpu);
  return [result, performance.now() - wall, (used.user + used.system) / 1000];
}

const input = generate(CASUSSEN);
console.log(`${input.length} records, ${RUNS} runs (best of each phase)`);
const best: Record<string, [number, number]> = {};
const note = (phase: string, wall: number, cpu: number) => {
  const [w, c] = best[phase] ?? [Infinity, Infinity];
  best[phase] = [Math.min(w, wall), Math.min(c, cpu)];
};

for (let run = 0; run < RUNS; run++) {
  const [lines, formatWall, formatCpu] = time(() =>
    input.map(([type, values], i) => formatRecord(type, values, i + 1).line),
  );
  note("format", formatWall, formatCpu);
  const [parsed, parseWall, parseCpu] = time(() => lines.map((line, i): ParsedRecord => parseLine(line, i + 1)));
  note("parse", parseWall, parseCpu);
  const [violations, checkWall, checkCpu] = time(() => {
    const checker = createChecker({ periode: { jaar: 2025, halfjaar: 2 } });
    for (const r of parsed) checker.add(r);
    return checker.finish();
  });
  note("check", checkWall, checkCpu);
  const [, mirrorWall, mirrorCpu] = time(() => {
    const mirror = createMirrorReport();
    for (const r of parsed) mirror.add(r);
    return mirror.result();
  });
  note("mirror", mirrorWall, mirrorCpu);
  const fmt = (n: number) => n.toFixed(0).padStart(6);
  console.log(
    `run ${run + 1}: format ${fmt(formatWall)} ms  parse ${fmt(parseWall)} ms  check ${fmt(checkWall)} ms  mirror ${fmt(mirrorWall)} ms  (violations: ${violations.length})`,
  );
  if (violations.length > 0) console.log(violations.slice(0, 3));
}
for (const [phase, [wall, cpu]] of Object.entries(best)) {
  console.log(`${phase.padEnd(7)} ${wall.toFixed(0).padStart(6)} ms wall ${cpu.toFixed(0).padStart(6)} ms cpu`);
}
