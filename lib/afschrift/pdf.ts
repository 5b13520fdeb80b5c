// The afschrift as a PDF (pdf-lib), in DejaVu Sans so every name prints as written (Öztürk, Şahin, Nguyễn), not
// just the characters of the PDF standard fonts. Plain flowing text with headings, wrapped to the page, numbered.
import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import fontkit from "@pdf-lib/fontkit";
import type { AfschriftInhoud } from "./inhoud";

const A4: [number, number] = [595.28, 841.89];
const MARGE = 56;
const BREEDTE = A4[0] - 2 * MARGE;

let fonts: Promise<[Uint8Array, Uint8Array]> | null = null;
function fontBytes() {
  const dir = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
  fonts ??= Promise.all([
    fs.readFile(path.join(dir, "DejaVuSans.ttf")),
    fs.readFile(path.join(dir, "DejaVuSans-Bold.ttf")),
  ]);
  return fonts;
}

/** Writes lines top to bottom, starting a new page when one is full. */
class Schrijver {
  private page!: PDFPage;
  private y = 0;
  constructor(
    private doc: PDFDocument,
    private gewoon: PDFFont,
    private vet: PDFFont,
  ) {
    this.nieuwePagina();
  }
  private nieuwePagina() {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGE;
  }
  private regel(tekst: string, font: PDFFont, size: number, inspring = 0) {
    const hoogte = size * 1.35;
    if (this.y - hoogte < MARGE) this.nieuwePagina();
    this.y -= hoogte;
    this.page.drawText(tekst, { x: MARGE + inspring, y: this.y, size, font, color: rgb(0.1, 0.1, 0.1) });
  }
  tekst(tekst: string, opts: { vet?: boolean; size?: number; inspring?: number } = {}) {
    const font = opts.vet ? this.vet : this.gewoon;
    const size = opts.size ?? 10;
    const inspring = opts.inspring ?? 0;
    for (const alinea of tekst.replace(/\r\n?/g, "\n").split("\n"))
      for (const r of wrap(alinea, font, size, BREEDTE - inspring)) this.regel(r, font, size, inspring);
  }
  kop(tekst: string, niveau: 1 | 2 | 3) {
    this.ruimte(niveau === 3 ? 4 : 10);
    this.tekst(tekst, { vet: true, size: niveau === 1 ? 16 : niveau === 2 ? 13 : 11 });
    this.ruimte(2);
  }
  ruimte(punten: number) {
    this.y -= punten;
  }
}

/** Splits one paragraph into lines that fit `breedte`; a word longer than a line is cut. */
export function wrap(alinea: string, font: PDFFont, size: number, breedte: number): string[] {
  if (alinea.trim() === "") return [""];
  const past = (s: string) => font.widthOfTextAtSize(s, size) <= breedte;
  const lines: string[] = [];
  let line = "";
  for (const woord of alinea.split(/\s+/).filter(Boolean)) {
    const kandidaat = line ? `${line} ${woord}` : woord;
    if (past(kandidaat)) {
      line = kandidaat;
      continue;
    }
    if (line) lines.push(line);
    let rest = woord;
    while (!past(rest)) {
      let n = rest.length - 1;
      while (n > 1 && !past(rest.slice(0, n))) n--;
      lines.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

export async function afschriftPdf(a: AfschriftInhoud): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const [gewoonBytes, vetBytes] = await fontBytes();
  const gewoon = await doc.embedFont(gewoonBytes, { subset: true });
  const vet = await doc.embedFont(vetBytes, { subset: true });
  doc.setTitle(`Afschrift van gegevens — ${a.persoon.naam}`, { showInWindowTitleBar: true });
  doc.setAuthor(a.organisatie);
  doc.setLanguage("nl-NL");
  doc.setProducer("Veilig Thuis registratie");
  doc.setCreator("Veilig Thuis registratie");

  const w = new Schrijver(doc, gewoon, vet);
  w.kop(`Afschrift van uw gegevens bij ${a.organisatie}`, 1);
  w.tekst(`Gemaakt op ${a.gemaaktOp}, naar aanleiding van uw verzoek om inzage van ${a.verzoek.ontvangenOp}.`);
  w.tekst(
    "Dit afschrift bevat de gegevens die over u zijn vastgelegd (AVG artikel 15, Wet maatschappelijke " +
      "ondersteuning 2015). Achteraan staat wat niet is opgenomen en waarom.",
  );

  w.kop("Uw gegevens", 2);
  for (const [label, waarde] of [
    ["Naam", a.persoon.naam],
    ["Geboortedatum", a.persoon.geboortedatum],
    ["Geslacht", a.persoon.geslacht],
    ["BSN", a.persoon.bsn],
    ["Adres", a.persoon.adres],
  ])
    w.tekst(`${label}: ${waarde}`);

  for (const c of a.casussen) {
    w.kop(`Dossier ${c.nummer}`, 2);
    w.tekst(`Periode: ${c.periode}. Uw rol: ${c.rol}.`);
    if (c.meldingen.length > 0) w.kop("Meldingen en veiligheidsbeoordelingen", 3);
    for (const m of c.meldingen) {
      w.tekst(m.kop, { vet: true });
      for (const r of m.regels) w.tekst(r, { inspring: 12 });
    }
    if (c.diensten.length > 0) w.kop("Diensten", 3);
    for (const d of c.diensten) {
      w.tekst(d.kop, { vet: true });
      for (const r of d.regels) w.tekst(r, { inspring: 12 });
    }
    if (c.overdrachten.length > 0) w.kop("Overdrachten", 3);
    for (const o of c.overdrachten) w.tekst(o, { inspring: 12 });
    if (c.monitoring.length > 0) w.kop("Monitoring", 3);
    for (const t of c.monitoring) w.tekst(t, { inspring: 12 });
  }

  w.kop("Journaal", 2);
  if (a.journaal.length === 0) w.tekst("Er zijn geen journaalregels in dit afschrift opgenomen.");
  for (const r of a.journaal) {
    w.tekst(r.kop, { vet: true });
    w.tekst(r.verslag, { inspring: 12 });
    for (const aanvulling of r.aanvullingen) w.tekst(aanvulling, { inspring: 12 });
    w.ruimte(4);
  }
  if (a.journaalNietGedeeld > 0)
    w.tekst(
      `${a.journaalNietGedeeld} journaalregel(s) over u zijn niet opgenomen, omdat ze gegevens van anderen bevatten ` +
        "of om een andere reden die in het besluit op uw verzoek staat.",
    );

  w.kop("Wie heeft uw dossier ingezien of gewijzigd", 2);
  if (a.toegang.length === 0) w.tekst("Er is geen toegang vastgelegd.");
  for (const t of a.toegang)
    w.tekst(
      `${t.dag} — ${t.medewerker} — ${t.actie.toLowerCase()}: ${t.onderdeel.toLowerCase()} (${t.casusnummer}` +
        `${t.aantal > 1 ? `, ${t.aantal} keer` : ""})${t.noodtoegang ? " — met noodtoegang" : ""}`,
      { size: 9 },
    );

  w.kop("Wat niet in dit afschrift staat, en waarom", 2);
  for (const r of a.weggelaten) w.tekst(`• ${r}`, { inspring: 6 });

  const pages = doc.getPages();
  pages.forEach((p, i) =>
    p.drawText(`Afschrift ${a.persoon.naam} — pagina ${i + 1} van ${pages.length}`, {
      x: MARGE,
      y: MARGE / 2,
      size: 8,
      font: gewoon,
      color: rgb(0.35, 0.35, 0.35),
    }),
  );
  return doc.save();
}
