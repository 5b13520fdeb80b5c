// Where a finding of the kwaliteitsrapport is fixed: the page of the record it is about.
// Records that have a correction form open that form (lib/correctie); the others open the record's page.
export function fixLinkOf(key: Record<string, string>, recordtype?: string): string | null {
  // A person's data (record 21): the correction form of exactly that betrokkene.
  if (
    (recordtype === undefined || recordtype === "21") &&
    key.casusnummer &&
    key.persoonsvolgnummer &&
    !key.meldingnummer &&
    !key.overdrachtnummer
  )
    return `/casussen/${key.casusnummer}/betrokkenen/${Number(key.persoonsvolgnummer)}/corrigeren`;
  if (recordtype === "30" && key.meldingnummer) return `/meldingen/${key.meldingnummer}/corrigeren`;
  if (recordtype === "10" && key.adviesnummer) return `/adviezen/${key.adviesnummer}/corrigeren`;
  if (recordtype === "20" && key.casusnummer) return `/casussen/${key.casusnummer}/gemeente/corrigeren`;
  if (recordtype === "32" && key.meldingnummer) return `/meldingen/${key.meldingnummer}/beoordeling/corrigeren`;
  if (recordtype === "40" && key.dienstnummer && key.casusnummer)
    return `/casussen/${key.casusnummer}/diensten/${key.dienstnummer}/corrigeren`;
  if (recordtype === "50" && key.overdrachtnummer && key.casusnummer)
    return `/casussen/${key.casusnummer}/overdrachten/${key.overdrachtnummer}/corrigeren`;
  if (recordtype === "60" && key.monitoringnummer && key.casusnummer)
    return `/casussen/${key.casusnummer}/monitoring/${key.monitoringnummer}/corrigeren`;
  if (key.dienstnummer && key.casusnummer) return `/casussen/${key.casusnummer}/diensten/${key.dienstnummer}`;
  if (key.meldingnummer) return `/meldingen/${key.meldingnummer}`;
  if (key.casusnummer) return `/casussen/${key.casusnummer}`;
  if (key.adviesnummer) return `/adviezen/${key.adviesnummer}`;
  return null;
}
