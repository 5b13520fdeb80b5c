// SQL that Prisma's schema language cannot express: the CHECK constraints that hold every code-list column to
// its list (generated from lib/domain/codelijsten.json), the protocol's data rules, and the audit triggers.
// scripts/gen-constraints.ts writes it into a migration; constraints-sql.test.ts keeps the two in step.
import { AARD_MELDING_CODES, codesOf, type LijstNaam } from "@/lib/domain/codes";

const q = (codes: string[]) => codes.map((c) => `'${c}'`).join(", ");
const inList = (col: string, lijst: LijstNaam) => `"${col}" IN (${q(codesOf(lijst))})`;
const subsetOf = (col: string, codes: string[]) => `"${col}" <@ ARRAY[${q(codes)}]::text[]`;
const check = (table: string, name: string, expr: string) =>
  `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_${name}_check" CHECK (${expr});`;

/** organisatie = 98 if and only if functie_rol is a niet-beroepsmatige rol (01-07). */
const k07 = `(("functieRol" ~ '^0[1-7]$') = ("organisatie" = '98'))`;

export function codeListChecks(): string[] {
  return [
    check("advies", "aard", subsetOf("aard", AARD_MELDING_CODES)),
    check("advies", "aanvullende_informatie", subsetOf("aanvullendeInformatie", codesOf("B"))),
    check("advies", "duur", inList("duur", "C")),
    check("advies", "functie_rol", inList("functieRol", "D")),
    check("advies", "organisatie", inList("organisatie", "E")),
    check("melding", "aard", subsetOf("aard", AARD_MELDING_CODES)),
    check("melding", "aanvullende_informatie", subsetOf("aanvullendeInformatie", codesOf("B"))),
    check("melding", "duur", inList("duur", "C")),
    check("melding", "functie_rol", inList("functieRol", "D")),
    check("melding", "organisatie", inList("organisatie", "E")),
    check("betrokkene", "geslacht", inList("geslacht", "K")),
    check("veiligheidsbeoordeling", "inhoud", inList("inhoud", "F")),
    check("veiligheidsbeoordeling", "taxatie", inList("taxatie", "G")),
    check("dienst", "aard_conclusie", subsetOf("aardConclusie", codesOf("A"))),
    check("dienst", "aanvullende_informatie", subsetOf("aanvullendeInformatie", codesOf("B"))),
    check("dienst", "duur", inList("duur", "C")),
    check("dienst", "uitkomst_onderzoek", `"uitkomstOnderzoek" ~ '^[${codesOf("H").join("")}]{5}$'`),
    check("dienst", "reden_voortijdig", inList("redenVoortijdig", "H2")),
    check("overdracht", "partij", inList("partij", "I")),
    check("overdracht", "hulp", inList("hulp", "J")),
  ];
}

export function ruleChecks(): string[] {
  const nummer = (t: string) => check(t, "nummer_format", `"nummer" ~ '^[A-Z0-9-]{1,20}$'`);
  const gemeente = (t: string) => check(t, "gemeentecode_format", `"gemeentecode" ~ '^[0-9]{4}$'`);
  return [
    ...["advies", "casus", "melding", "veiligheidsbeoordeling", "dienst", "overdracht", "monitoringsmoment"].map(
      nummer,
    ),
    gemeente("advies"),
    gemeente("casus"),
    check("gemeente", "code_format", `"code" ~ '^[0-9]{4}$'`),
    check("advies", "k07", k07),
    check("melding", "k07", k07),
    check("advies", "dates", `"einddatum" IS NULL OR "einddatum" >= "startdatum"`),
    check("casus", "dates", `"einddatum" IS NULL OR "einddatum" >= "begindatum"`),
    check("betrokkene", "persoonsvolgnummer", `"persoonsvolgnummer" BETWEEN 1 AND 9999`),
    check("betrokkene", "bsn", `"bsn" IS NULL OR vt_bsn_valid("bsn")`),
    check("betrokkene", "geboortedatum", `"geboortedatum" IS NULL OR vt_geboortedatum_valid("geboortedatum")`),
    check(
      "betrokkene",
      "ongeboren",
      `(COALESCE("bsn", '') = '999999999') = (COALESCE("geboortedatum", '') = '99999999')`,
    ),
    // Without a BSN the law asks for surname, first names, date of birth and postcode + house number.
    check(
      "betrokkene",
      "identificatie",
      `"bsn" IS NOT NULL OR ("achternaam" IS NOT NULL AND "voornamen" IS NOT NULL AND "geboortedatum" IS NOT NULL AND "postcode" IS NOT NULL AND "huisnummer" IS NOT NULL)`,
    ),
    check("veiligheidsbeoordeling", "vier_ogen", `"vastgesteldDoorId" IS NULL OR "vastgesteldDoorId" <> "createdById"`),
    check("veiligheidsbeoordeling", "vastgesteld", `("vastgesteldDoorId" IS NULL) = ("vastgesteldOp" IS NULL)`),
    check("dienst", "soort", `"soort" IN ('V', 'O')`),
    check("dienst", "uitkomst_alleen_onderzoek", `"soort" = 'O' OR "uitkomstOnderzoek" = '00000'`),
    check("dienst", "dates", `"einddatum" IS NULL OR "einddatum" >= "startdatum"`),
    check("dienst", "status_einddatum", `("status" = 'LOPEND') = ("einddatum" IS NULL)`),
    check("dienst", "afgesloten_bevestigd", `("status" = 'AFGESLOTEN') = ("afsluitingBevestigdDoorId" IS NOT NULL)`),
    check(
      "dienst",
      "vier_ogen",
      `"afsluitingBevestigdDoorId" IS NULL OR "afsluitingBevestigdDoorId" <> "afsluitingVoorgesteldDoorId"`,
    ),
    check(
      "dienst",
      "conclusie_07_alleen",
      `NOT ('07' = ANY("aardConclusie")) OR "aardConclusie" = ARRAY['07']::text[]`,
    ),
    check("overdracht", "moment", `"moment" BETWEEN 1 AND 3`),
    check(
      "overdracht",
      "bron",
      `("moment" = 1) = ("bronMeldingId" IS NOT NULL) AND ("moment" <> 1) = ("bronDienstId" IS NOT NULL)`,
    ),
    check("monitoringsmoment", "score", `"veiligheidsscore" BETWEEN 0 AND 10`),
    check("levering", "soort", `"soort" IN ('R', 'C')`),
    check("levering", "halfjaar", `"halfjaar" IN (1, 2)`),
    check("levering", "volgnummer", `"volgnummer" BETWEEN 1 AND 99`),
    check("session", "lifetime", `"expiresAt" > "createdAt"`),
  ];
}

/** Functions and sequences the tables need before they are created (defaults and CHECKs call them). */
export const preludeSql = `-- Sequences and functions used by defaults and CHECK constraints (hand-written, see lib/db/constraints-sql.ts)
CREATE SEQUENCE advies_nummer_seq;
CREATE SEQUENCE casus_nummer_seq;
CREATE SEQUENCE melding_nummer_seq;
CREATE SEQUENCE beoordeling_nummer_seq;
CREATE SEQUENCE dienst_nummer_seq;
CREATE SEQUENCE overdracht_nummer_seq;
CREATE SEQUENCE monitoring_nummer_seq;

-- Human-readable number, e.g. C2026-000123: never reused (a sequence never hands out a value twice).
CREATE FUNCTION vt_nummer(prefix text, seq regclass) RETURNS text LANGUAGE plpgsql VOLATILE AS $$
DECLARE n bigint := nextval(seq);
BEGIN
  RETURN prefix || to_char(now(), 'YYYY') || '-' || lpad(n::text, greatest(6, length(n::text)), '0');
END $$;

-- BSN: 9 digits and the elfproef; 999999999 (ongeboren) is allowed, 000000000 (onbekend) is stored as NULL.
CREATE FUNCTION vt_bsn_valid(b text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT b = '999999999' OR (b ~ '^[0-9]{9}$' AND b <> '000000000' AND
    (SELECT sum(substr(b, i, 1)::int * (CASE WHEN i = 9 THEN -1 ELSE 10 - i END)) FROM generate_series(1, 9) AS i) % 11 = 0)
$$;

-- Date of birth JJJJMMDD, partly known JJJJMM00 / JJJJ0000, or 99999999 (ongeboren); onbekend is NULL.
CREATE FUNCTION vt_geboortedatum_valid(g text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  IF g = '99999999' THEN RETURN true; END IF;
  IF g !~ '^[0-9]{8}$' OR substr(g, 1, 4) = '0000' THEN RETURN false; END IF;
  IF substr(g, 5, 4) = '0000' THEN RETURN true; END IF;
  IF substr(g, 5, 2)::int NOT BETWEEN 1 AND 12 THEN RETURN false; END IF;
  IF substr(g, 7, 2) = '00' THEN RETURN true; END IF;
  PERFORM make_date(substr(g, 1, 4)::int, substr(g, 5, 2)::int, substr(g, 7, 2)::int);
  RETURN true;
EXCEPTION WHEN others THEN RETURN false;
END $$;
`;

export const triggersSql = `-- Audit log: append-only, hash-chained (NEN 7513). Production also revokes UPDATE/DELETE from the app role.
CREATE FUNCTION audit_event_hash(e audit_event) RETURNS text LANGUAGE sql STABLE SET timezone TO 'UTC' AS $$
  SELECT encode(sha256(convert_to((to_jsonb(e) - 'hash')::text, 'UTF8')), 'hex')
$$;

CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE last_hash text;
BEGIN
  -- Serialise writers so that id order is chain order; the lock is held until commit.
  PERFORM pg_advisory_xact_lock(7513);
  NEW.id := nextval(pg_get_serial_sequence('audit_event', 'id'));
  NEW."at" := now();
  SELECT hash INTO last_hash FROM audit_event ORDER BY id DESC LIMIT 1;
  NEW."prevHash" := COALESCE(last_hash, repeat('0', 64));
  NEW.hash := audit_event_hash(NEW);
  RETURN NEW;
END $$;

CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_chain();
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();

-- A final delivery is never changed or removed; a correction is a new delivery.
CREATE FUNCTION levering_final_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'DEFINITIEF' THEN
    RAISE EXCEPTION 'levering % is definitief and cannot be changed', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER levering_final_immutable BEFORE UPDATE OR DELETE ON levering FOR EACH ROW EXECUTE FUNCTION levering_final_immutable();
`;

export function constraintsMigrationSql(): string {
  return [
    "-- Generated by scripts/gen-constraints.ts from lib/db/constraints-sql.ts. Do not edit by hand.",
    "-- Code lists (lib/domain/codelijsten.json)",
    ...codeListChecks(),
    "",
    "-- Protocol and data rules",
    ...ruleChecks(),
    "",
    triggersSql,
  ].join("\n");
}
