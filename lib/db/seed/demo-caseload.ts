// The caseload of casemanager3 (30 running Onderzoeken decided on successive days, for paging and the overdue
// filter of Mijn casussen) with families of common Dutch names and demo BSNs that pass the elfproef.
import type { PrismaClient } from "@/generated/prisma/client";
import { d, type Ids, type Persoon } from "./demo-makers";

const FAMILIES = [
  "Bakker",
  "Visser",
  "Smit",
  "Meijer",
  "de Boer",
  "Mulder",
  "de Jong",
  "Bos",
  "Vos",
  "Peters",
  "Hoekstra",
  "van Leeuwen",
  "Dekker",
  "Willems",
  "de Wit",
  "Dijkstra",
  "Maas",
  "de Graaf",
  "van der Meer",
  "Verbeek",
  "Jacobs",
  "de Haan",
  "Schouten",
  "van den Heuvel",
  "van der Veen",
  "Öztürk",
  "van Dijk",
  "Koster",
  "Prins",
  "Kaya",
];

/** Nine digits passing the elfproef, from a running number (demo BSNs, not anyone's). */
function demoBsn(n: number): string {
  for (let k = n; ; k++) {
    const eight = String(20_000_000 + k * 7).slice(0, 8);
    const som = [...eight].reduce((s, c, i) => s + Number(c) * (9 - i), 0);
    const last = som % 11;
    if (last <= 9) return `${eight}${last}`;
  }
}

export type Makers = {
  casus: (
    b: string,
    g: string,
    p: Persoon[],
    o?: { casemanager?: string; einddatum?: string },
  ) => Promise<{ c: { id: number }; betrokkenen: { id: number }[] }>;
  melding: (
    c: number,
    b: number[],
    d: string,
    m: { functieRol: string; organisatie: string; aard: string[] },
  ) => Promise<{ id: number }>;
  beoordeling: (m: number, c: number, d: string, i: string, t: string) => Promise<{ id: number }>;
};

/**
 * 11. A case manager with a real caseload: Ilse Kramer runs 30 Onderzoeken started in the second half of 2026,
 *     some past their 10-week deadline — enough rows for the work lists to page.
 */
export async function seedCaseload(prisma: PrismaClient, u: Ids, make: Makers) {
  for (const [i, naam] of FAMILIES.entries()) {
    const start = new Date(Date.UTC(2026, 6, 6) + i * 4 * 86_400_000);
    const iso = (x: Date) => x.toISOString().slice(0, 10);
    const datum = iso(start);
    const [tussenvoegsel, achternaam] = naam.includes(" ")
      ? [naam.slice(0, naam.lastIndexOf(" ")), naam.slice(naam.lastIndexOf(" ") + 1)]
      : [null, naam];
    const gezin: Persoon[] = [
      {
        rol: "SLACHTOFFER",
        bsn: demoBsn(i * 3),
        geboortedatum: `19${80 + (i % 15)}0${1 + (i % 9)}1${i % 10}`,
        geslacht: "2",
        voornamen: "Anna",
        achternaam,
      },
      {
        rol: "PLEGER",
        bsn: demoBsn(i * 3 + 1),
        geboortedatum: `19${78 + (i % 15)}0${1 + ((i + 3) % 9)}2${i % 8}`,
        geslacht: "1",
        voornamen: "Peter",
        achternaam,
      },
      {
        rol: "KIND",
        bsn: demoBsn(i * 3 + 2),
        geboortedatum: `20${10 + (i % 12)}0${1 + (i % 9)}0${1 + (i % 9)}`,
        geslacht: String(1 + (i % 2)),
        voornamen: "Sem",
        achternaam,
      },
    ];
    const c = await make.casus(datum, i % 2 ? "0599" : "0606", gezin, { casemanager: "casemanager3" });
    if (tussenvoegsel) await prisma.betrokkene.updateMany({ where: { casusId: c.c.id }, data: { tussenvoegsel } });
    const m = await make.melding(
      c.c.id,
      c.betrokkenen.map((b) => b.id),
      datum,
      { functieRol: "33", organisatie: "15", aard: ["03"] },
    );
    const beoordeeld = iso(new Date(start.getTime() + 2 * 86_400_000));
    const b = await make.beoordeling(m.id, c.c.id, beoordeeld, "01", "02");
    await prisma.dienst.create({
      data: {
        casusId: c.c.id,
        beoordelingId: b.id,
        soort: "O",
        startdatum: d(beoordeeld),
        uitvoerderId: u.casemanager3,
      },
    });
  }
}
