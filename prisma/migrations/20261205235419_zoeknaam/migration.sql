-- DropIndex
DROP INDEX "betrokkene_achternaam_geboortedatum_idx";

-- AlterTable
ALTER TABLE "betrokkene" ADD COLUMN     "zoeknaam" VARCHAR(200);

-- CreateIndex
CREATE INDEX "betrokkene_zoeknaam_idx" ON "betrokkene"("zoeknaam" text_pattern_ops);

-- CreateIndex
CREATE INDEX "betrokkene_geboortedatum_zoeknaam_idx" ON "betrokkene"("geboortedatum", "zoeknaam" text_pattern_ops);

-- The search key of a surname (lib/zoeken/zoeknaam.ts prints this function; zoeknaam.int.test.ts holds both equal).
CREATE OR REPLACE FUNCTION vt_zoeknaam(achternaam text, tussenvoegsel text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN regexp_replace(regexp_replace(btrim(translate(translate(replace(replace(replace(replace(replace(replace(replace(replace(replace(coalesce(tussenvoegsel, '') || ' ' || coalesce(achternaam, ''), '’', ''''), '‘', ''''), 'ß', 'ss'), 'Æ', 'ae'), 'æ', 'ae'), 'Œ', 'oe'), 'œ', 'oe'), 'Ĳ', 'ij'), 'ĳ', 'ij'), 'ÀÁÂÃÄÅĀĂĄàáâãäåāăąÇĆČçćčĎĐďđÈÉÊËĒĖĘĚèéêëēėęěĞğÌÍÎÏĪĮİìíîïīįıÑŃŇñńňÒÓÔÕÖØŌŐòóôõöøōőŔŘŕřŚŠŞśšşŤŢťţÙÚÛÜŪŮŰŲùúûüūůűųÝŸýÿŹŻŽźżž', 'aaaaaaaaaaaaaaaaaaccccccddddeeeeeeeeeeeeeeeeggiiiiiiiiiiiiiinnnnnnoooooooooooooooorrrrssssssttttuuuuuuuuuuuuuuuuyyyyzzzzzz'), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')), '^((van|de|der|den|het|''t|te|ter|ten|in|op|la|le|du|da|di|von|zu|al|el|uit|aan|bij) +)+', ''), '[ ''.-]', '', 'g');

CREATE OR REPLACE FUNCTION vt_betrokkene_zoeknaam() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.zoeknaam := vt_zoeknaam(NEW.achternaam, NEW.tussenvoegsel);
  RETURN NEW;
END $$;

CREATE TRIGGER betrokkene_zoeknaam BEFORE INSERT OR UPDATE OF achternaam, tussenvoegsel, zoeknaam ON betrokkene
  FOR EACH ROW EXECUTE FUNCTION vt_betrokkene_zoeknaam();

UPDATE betrokkene SET zoeknaam = vt_zoeknaam(achternaam, tussenvoegsel);
