// npm run db:synth -- --scale small|region|national --seed <n> [--jaar 2025] [--force]
// Fills the database (PGlite by default, PostgreSQL when DATABASE_URL is set; migrations applied) with realistic
// synthetic data for one Veilig Thuis organisation over one year and its history. Same seed and scale → same
// data. Refuses a database that already holds casussen unless --force is given (then it appends).
import { closePrisma, dbHandle, getPrisma } from "../lib/db/client";
import { runSynth, verifySynth } from "../lib/synth/run";
import { getScale, PUBLIC_SCALES } from "../lib/synth/scales";
import { SynthRefused } from "../lib/synth/setup";
import { auditKeyProblem } from "../lib/auth/audit-key";

const USAGE = `Gebruik: npm run db:synth -- --scale ${PUBLIC_SCALES.join("|")} --seed <n> [--jaar 2025] [--force] [--verify]
       npm run db:synth -- --verify-only [--jaar 2025]   (controleert de regels en cijfers van de geladen data)`;
const FLAGS = ["force", "help", "verify", "verify-only"];

function parseArgs(argv: string[]) {
  const args: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) throw new SynthRefused(`Onbekend argument: ${a}\n${USAGE}`);
    const [key, inline] = a.slice(2).split("=", 2);
    if (FLAGS.includes(key)) args[key] = true;
    else if (inline !== undefined) args[key] = inline;
    else if (i + 1 < argv.length) args[key] = argv[++i];
    else throw new SynthRefused(`--${key} heeft een waarde nodig\n${USAGE}`);
  }
  for (const k of Object.keys(args)) {
    if (!["scale", "seed", "jaar", ...FLAGS].includes(k)) throw new SynthRefused(`Onbekende optie --${k}\n${USAGE}`);
  }
  if (args.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const jaar = Number(args.jaar ?? 2025);
  if (!Number.isInteger(jaar) || jaar < 2025 || jaar > 2100)
    throw new SynthRefused(`--jaar moet een jaar vanaf 2025 zijn (de gemeentelijst begint in 2025)`);
  if (args["verify-only"]) return { verifyOnly: true as const, jaar };
  const scale = getScale(String(args.scale ?? ""));
  if (!scale) throw new SynthRefused(`Kies een schaal met --scale (${PUBLIC_SCALES.join(", ")})\n${USAGE}`);
  const seed = Number(args.seed ?? NaN);
  if (!Number.isInteger(seed) || seed < 0) throw new SynthRefused(`--seed moet een geheel getal ≥ 0 zijn\n${USAGE}`);
  return { verifyOnly: false as const, scale, seed, jaar, force: args.force === true, verify: args.verify === true };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const prisma = getPrisma();
  const handle = dbHandle();
  if (!handle) throw new Error("no database handle");
  if (!opts.verifyOnly) {
    // The generation ends with its own audit event: without the chain's key, refuse before the work, not after it.
    const keyProblem = auditKeyProblem();
    if (keyProblem) throw new SynthRefused(keyProblem);
    const result = await runSynth(prisma, handle, { ...opts, log: (l) => console.log(l) });
    const counts = Object.entries(result.counts)
      .map(([t, n]) => `${t}=${n}`)
      .join(" ");
    console.log(`[synth] klaar: ${counts} in ${result.seconds} s${result.appended ? " (toegevoegd)" : ""}`);
    if (!opts.verify) return;
  }
  const { invariants, figures, doelen } = await verifySynth(handle, opts.jaar);
  const broken = Object.entries(invariants).filter(([, n]) => n > 0);
  console.log(`[synth] figures ${opts.jaar}: ${JSON.stringify(figures, null, 1)}`);
  console.log(
    `[synth] ${Object.keys(invariants).length} regels gecontroleerd, ${broken.length} geschonden${broken.map(([k, n]) => `\n  ${k}: ${n}`).join("")}`,
  );
  const fmt = (x: number) => x.toLocaleString("nl-NL", { maximumFractionDigits: 2 });
  console.log(`[synth] vorm van de data, 2e halfjaar ${opts.jaar} (doel ± band):`);
  for (const d of doelen)
    console.log(
      `  ${d.binnen ? "ok " : "AF "} ${d.omschrijving}: ${d.waarde === null ? "—" : fmt(d.waarde)} ${d.eenheid}` +
        ` (doel ${fmt(d.doel)} ± ${fmt(d.band)})`,
    );
  const af = doelen.filter((d) => !d.binnen);
  console.log(`[synth] ${doelen.length} aandelen vergeleken, ${af.length} buiten de band`);
  if (broken.length > 0 || af.length > 0) process.exitCode = 1;
}

main()
  .then(() => closePrisma())
  .then(
    () => process.exit(0),
    async (e) => {
      if (e instanceof SynthRefused) console.error(`[synth] ${e.message}`);
      else console.error(e);
      await closePrisma().catch(() => {});
      process.exit(1);
    },
  );
