// The Team page's counts of open casussen as one statement (docs/decisions/014, "The Team page's counts"). Each
// count is the condition of its list (STAGE_WHERE, TOEWIJZEN_WHERE, afTeSluitenWhere), written so that PostgreSQL
// reads small sets once instead of probing per casus: the open casussen from a covering index (casus_open_idx),
// the "geldig" test against the few withdrawn meldingen (melding_ingetrokken_idx), the final 03/04 beoordelingen
// in casus order (beoordeling_afsluiten_casus_idx). lijsten-synth.int.test.ts holds every count equal to its
// Prisma condition for every role's scope.
import { Prisma } from "@/generated/prisma/client";
import { DienstStatus } from "@/generated/prisma/enums";
import { INHOUD_AFSLUITEN, INHOUD_VERVOLGSTAPPEN_VT } from "@/lib/domain/casus-state";

export type CasusAantallen = {
  open: number;
  beoordeling: number;
  dienst: number;
  dienstStarten: number;
  wacht: number;
  alvast: number;
  afTeSluiten: number;
};

// The codes are constants of the code list; spelled as literals so the planner can match the partial index on them
// also in a generic plan (a parameter could be any code).
function codeLiteral(code: string): Prisma.Sql {
  if (!/^[0-9]{2}$/.test(code)) throw new Error(`geen code: ${code}`);
  return Prisma.raw(`'${code}'::bpchar`);
}
const VT = codeLiteral(INHOUD_VERVOLGSTAPPEN_VT);
const AFSLUITEN = Prisma.join(INHOUD_AFSLUITEN.map(codeLiteral));

const geldig = (b: string) =>
  Prisma.sql`${Prisma.raw(b)}."meldingId" NOT IN (SELECT m.id FROM melding m WHERE m."ingetrokkenOp" IS NOT NULL)`;
/** The casus (`casusId` of `alias`) has a valid melding awaiting its final beoordeling (STAGE_WHERE's `beoordeling`). */
const beoordelingOpen = (alias: string) => Prisma.sql`EXISTS (SELECT 1 FROM melding m
  WHERE m."casusId" = ${Prisma.raw(alias)}."casusId" AND m."beoordelingOpen" AND m."ingetrokkenOp" IS NULL)`;
/** The statuses of a dienst that is not closed, as SQL literals (the status index can serve `IN`, not `<>`). */
export const OPEN_DIENST = Prisma.join(
  Object.values(DienstStatus)
    .filter((s) => s !== DienstStatus.AFGESLOTEN)
    .map((s) => Prisma.raw(`'${s}'`)),
);
/** The valid "Vervolgstappen bij Veilig Thuis" beoordelingen (alias b, or another), final or not. */
const vervolgVT = (definitief: boolean, b = "b") => {
  const [alias, vastgesteld] = [Prisma.raw(b), Prisma.raw(definitief ? "NOT NULL" : "NULL")];
  return Prisma.sql`${alias}.inhoud = ${VT} AND ${alias}."vastgesteldOp" IS ${vastgesteld} AND ${geldig(b)}`;
};
/** A final "Vervolgstappen bij Veilig Thuis" without its dienst yet (alias b). */
const nogTeStarten = Prisma.sql`b.inhoud = ${VT} AND NOT b."dienstGestart" AND b."vastgesteldOp" IS NOT NULL`;

// Each set is read from its side (the few open diensten, the few beoordelingen awaiting a dienst or confirmation) and
// tested there; only then met with the open casussen in scope.
const sets = {
  beoordeling: Prisma.sql`SELECT m."casusId" FROM melding m WHERE m."beoordelingOpen" AND m."ingetrokkenOp" IS NULL`,
  dienst: Prisma.sql`SELECT d."casusId" FROM dienst d WHERE d.status IN (${OPEN_DIENST}) AND NOT ${beoordelingOpen("d")}`,
  dienstStarten: Prisma.sql`SELECT b."casusId" FROM veiligheidsbeoordeling b WHERE ${nogTeStarten} AND ${geldig("b")}
    AND NOT ${beoordelingOpen("b")} AND NOT EXISTS (SELECT 1 FROM dienst d
      WHERE d."casusId" = b."casusId" AND d.status IN (${OPEN_DIENST}))`,
  wacht: Prisma.sql`SELECT b."casusId" FROM veiligheidsbeoordeling b WHERE ${vervolgVT(true)}`,
  alvast: Prisma.sql`SELECT b."casusId" FROM veiligheidsbeoordeling b WHERE ${vervolgVT(false)}
    AND NOT EXISTS (SELECT 1 FROM veiligheidsbeoordeling b2 WHERE b2."casusId" = b."casusId" AND ${vervolgVT(true, "b2")})`,
  afsluiten: Prisma.sql`SELECT b."casusId" FROM veiligheidsbeoordeling b
    WHERE b."vastgesteldOp" IS NOT NULL AND b.inhoud IN (${AFSLUITEN})`,
  nogTeStarten: Prisma.sql`SELECT b."casusId" FROM veiligheidsbeoordeling b WHERE ${nogTeStarten}`,
};

/** The open casussen in the scope (alias c) counted per phase and per "wacht op casemanager" group. */
export function casusAantallenSql(scope: Prisma.Sql): Prisma.Sql {
  const count = (where: Prisma.Sql) =>
    Prisma.sql`(SELECT count(*)::int FROM casus c WHERE c.einddatum IS NULL AND ${scope} AND ${where})`;
  const zonderCm = Prisma.sql`c."casemanagerId" IS NULL`;
  return Prisma.sql`SELECT
    ${count(Prisma.sql`TRUE`)} AS open,
    ${count(Prisma.sql`c.id IN (${sets.beoordeling})`)} AS beoordeling,
    ${count(Prisma.sql`c.id IN (${sets.dienst})`)} AS dienst,
    ${count(Prisma.sql`c.id IN (${sets.dienstStarten})`)} AS "dienstStarten",
    ${count(Prisma.sql`${zonderCm} AND c.id IN (${sets.wacht})`)} AS wacht,
    ${count(Prisma.sql`${zonderCm} AND c.id IN (${sets.alvast})`)} AS alvast,
    ${count(Prisma.sql`${zonderCm} AND c.id IN (${sets.afsluiten}) AND c.id NOT IN (${sets.nogTeStarten})`)} AS "afTeSluiten"`;
}
