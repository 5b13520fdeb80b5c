import fs from "node:fs";
import { createHash, randomBytes } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { type Team, makeTeam, makeTeamCasus } from "@/lib/testing/factories";
import { Forbidden, NotFound } from "@/lib/auth/errors";
import { addDocument, withdrawDocument } from "./commands";
import { formatNaam } from "@/lib/casus/naam";
import { documentBytes, documentStream, getDocumenten, openDocument } from "./queries";
import { MAX_DOCUMENT_BYTES } from "./soorten";

const db = freshTestDb();
let team: Team;
beforeAll(async () => {
  team = await makeTeam(db.prisma);
});

const bytes = (name: string) => new Uint8Array(fs.readFileSync(`e2e/fixtures/bestanden/${name}`));
const upload = (casusnummer: string, name: string, extra: Record<string, unknown> = {}) => ({
  casusnummer,
  titel: "Zorgmelding politie 12 november",
  soort: "zorgmelding_politie",
  datum: "2026-11-12",
  hoortBij: "",
  bestandsnaam: name,
  inhoud: bytes(name),
  ...extra,
});

describe("documenten", () => {
  test("stored with size and SHA-256; listed without bytes; downloaded exactly, audited as an export", async () => {
    const c = await makeTeamCasus(db.prisma, team);
    const pdf = bytes("zorgmelding.pdf");
    const r = await addDocument(
      upload(c.casus.nummer, "zorgmelding.pdf", { hoortBij: `melding:${c.melding.id}` }),
      team.cm,
    );
    expect(r.sha256).toBe(createHash("sha256").update(pdf).digest("hex"));
    const [listed] = (await getDocumenten(team.gw, c.casus.nummer))!;
    expect(listed).toMatchObject({
      titel: "Zorgmelding politie 12 november",
      grootte: pdf.length,
      mediaType: "application/pdf",
    });
    expect(listed).not.toHaveProperty("inhoud");
    const d = await openDocument(team.gw, r.id);
    expect(d).toMatchObject({ grootte: pdf.length, mediaType: "application/pdf" });
    expect((await documentBytes(r.id)).equals(Buffer.from(pdf))).toBe(true);
    const exp = await db.prisma.auditEvent.findFirst({
      where: { entityType: "document", entityId: r.id, action: "EXPORT" },
    });
    expect(exp).toMatchObject({ userId: team.gw.id, casusId: c.casus.id, outcome: "SUCCESS" });
  });

  test("a larger file is kept in parts of 1 MB and streamed back exactly", async () => {
    const c = await makeTeamCasus(db.prisma, team);
    const groot = new Uint8Array(Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(2_500_000)]));
    const r = await addDocument(upload(c.casus.nummer, "zorgmelding.pdf", { inhoud: groot }), team.cm);
    expect(await db.prisma.documentDeel.count({ where: { documentId: r.id } })).toBe(3);
    const chunks: Uint8Array[] = [];
    for await (const chunk of documentStream(r.id) as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
    expect(chunks.map((x) => x.length)).toEqual([1_048_576, 1_048_576, groot.length - 2_097_152]);
    expect(Buffer.concat(chunks).equals(Buffer.from(groot))).toBe(true);
  });

  test("the type comes from the bytes: an .exe named .pdf, HTML, SVG, an archive and an empty file are refused", async () => {
    const c = await makeTeamCasus(db.prisma, team);
    const before = await db.prisma.document.count();
    for (const [name, msg] of [
      ["programma-als.pdf", /EXE/],
      ["pagina.html", /HTML/],
      ["tekening.svg", /XML/],
      ["archief.zip", /ZIP/],
    ] as const) {
      await expect(addDocument(upload(c.casus.nummer, name), team.cm)).rejects.toMatchObject({
        fieldErrors: { bestand: expect.stringMatching(msg) },
      });
    }
    await expect(addDocument(upload(c.casus.nummer, "leeg.txt"), team.cm)).rejects.toMatchObject({
      fieldErrors: { inhoud: "Het bestand is leeg." },
    });
    await expect(
      addDocument(
        upload(c.casus.nummer, "zorgmelding.pdf", { inhoud: new Uint8Array(MAX_DOCUMENT_BYTES + 1) }),
        team.cm,
      ),
    ).rejects.toMatchObject({ fieldErrors: { inhoud: "Het bestand is groter dan 20 MB." } });
    await expect(
      addDocument(upload(c.casus.nummer, "zorgmelding.pdf", { bestandsnaam: "../../etc/zorgmelding.pdf" }), team.cm),
    ).rejects.toMatchObject({ fieldErrors: { bestandsnaam: "De bestandsnaam mag geen map of pad bevatten." } });
    expect(await db.prisma.document.count()).toBe(before);
    expect(
      await db.prisma.auditEvent.count({ where: { userId: team.cm.id, entityType: "document", outcome: "FAILURE" } }),
    ).toBeGreaterThanOrEqual(7);
  });

  test("the list: newest date first, each with what it belongs to and who added it; withdrawn ones left out", async () => {
    const c = await makeTeamCasus(db.prisma, team);
    const b = c.betrokkene;
    await addDocument(upload(c.casus.nummer, "notitie.txt", { titel: "Los", datum: "2026-11-01" }), team.cm);
    await addDocument(
      upload(c.casus.nummer, "foto.png", { titel: "Persoon", datum: "2026-11-03", hoortBij: `betrokkene:${b.id}` }),
      team.cm,
    );
    await addDocument(
      upload(c.casus.nummer, "zorgmelding.pdf", { titel: "Melding", hoortBij: `melding:${c.melding.id}` }),
      team.tl,
    );
    const weg = await addDocument(upload(c.casus.nummer, "brief.odt", { titel: "Weg", datum: "2026-11-20" }), team.cm);
    await withdrawDocument({ id: weg.id, version: 1, reden: "verkeerde casus" }, team.tl);
    const lijst = (await getDocumenten(team.tl, c.casus.nummer))!;
    expect(lijst.map((d) => [d.titel, d.datum, d.hoortBij, d.toegevoegdDoor, d.mediaType])).toEqual([
      ["Melding", "2026-11-12T00:00:00.000Z", `Melding ${c.melding.nummer}`, team.tl.displayName, "application/pdf"],
      ["Persoon", "2026-11-03T00:00:00.000Z", formatNaam(b), team.cm.displayName, "image/png"],
      ["Los", "2026-11-01T00:00:00.000Z", null, team.cm.displayName, "text/plain; charset=utf-8"],
    ]);
    const stored = await db.prisma.document.findMany({ where: { casusId: c.casus.id, ingetrokkenOp: null } });
    for (const d of lijst) {
      const s = stored.find((x) => x.id === d.id)!;
      expect(d).toMatchObject({
        version: s.version,
        grootte: s.grootte,
        sha256: s.sha256,
        bestandsnaam: s.bestandsnaam,
      });
      expect(d.toegevoegdOp).toBe(s.toegevoegdOp.toISOString());
    }
  });

  test("a PDF named .txt is stored as PDF; TXT, EML, DOCX, ODT, PNG and JPEG are accepted", async () => {
    const c = await makeTeamCasus(db.prisma, team);
    const r = await addDocument(upload(c.casus.nummer, "zorgmelding.pdf", { bestandsnaam: "politie.txt" }), team.cm);
    expect((await db.prisma.document.findUnique({ where: { id: r.id } }))?.bestandsnaam).toBe("politie.pdf");
    for (const name of ["notitie.txt", "bericht.eml", "verslag.docx", "brief.odt", "foto.png", "foto.jpg"])
      await addDocument(upload(c.casus.nummer, name, { soort: "anders" }), team.cm);
    expect((await getDocumenten(team.cm, c.casus.nummer))!).toHaveLength(7);
  });

  test("outside the scope: not found; only the teamleider withdraws, and then it leaves the dossier", async () => {
    const c = await makeTeamCasus(db.prisma, team);
    const r = await addDocument(upload(c.casus.nummer, "zorgmelding.pdf"), team.cm);
    expect(await openDocument(team.cm2, r.id)).toBeNull();
    await expect(addDocument(upload(c.casus.nummer, "zorgmelding.pdf"), team.cm2)).rejects.toBeInstanceOf(NotFound);
    await expect(withdrawDocument({ id: r.id, version: 1, reden: "dubbel" }, team.cm)).rejects.toBeInstanceOf(
      Forbidden,
    );
    await expect(withdrawDocument({ id: r.id, version: 1, reden: "" }, team.tl)).rejects.toMatchObject({
      fieldErrors: { reden: "Vul reden van intrekken in." },
    });
    await withdrawDocument({ id: r.id, version: 1, reden: "Hoort bij een andere casus" }, team.tl);
    expect(await getDocumenten(team.cm, c.casus.nummer)).toEqual([]);
    expect(await openDocument(team.cm, r.id)).toBeNull();
    await expect(withdrawDocument({ id: r.id, version: 2, reden: "nogmaals" }, team.tl)).rejects.toThrow(
      /al ingetrokken/,
    );
    await expect(db.exec(`UPDATE document SET sha256 = repeat('0', 64) WHERE id = '${r.id}'`)).rejects.toThrow(
      /ligt vast/,
    );
    await expect(db.exec(`UPDATE document_deel SET bytes = '\\x00' WHERE "documentId" = '${r.id}'`)).rejects.toThrow(
      /alleen aan te vullen/,
    );
    await expect(db.exec(`DELETE FROM document WHERE id = '${r.id}'`)).rejects.toThrow(/niet verwijderd/);
  });
});
