import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { detectBestandstype } from "./bestandstype";
import { contentDisposition, opgeslagenNaam } from "./bestandsnaam";
import { zBestandsnaam } from "./schema";

const file = (name: string) => new Uint8Array(fs.readFileSync(path.join("e2e/fixtures/bestanden", name)));

describe("the type of a document is decided from its bytes", () => {
  test.each([
    ["zorgmelding.pdf", "application/pdf", "pdf"],
    ["foto.png", "image/png", "png"],
    ["foto.jpg", "image/jpeg", "jpg"],
    ["verslag.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"],
    ["brief.odt", "application/vnd.oasis.opendocument.text", "odt"],
    ["notitie.txt", "text/plain; charset=utf-8", "txt"],
    ["bericht.eml", "message/rfc822", "eml"],
  ])("%s is accepted as %s", async (name, mediaType, ext) => {
    expect(await detectBestandstype(file(name))).toEqual({
      ok: true,
      type: expect.objectContaining({ mediaType, ext }),
    });
  });

  test.each([
    ["programma-als.pdf", /EXE/],
    ["archief.zip", /ZIP/],
    ["pagina.html", /HTML/],
    ["tekening.svg", /XML/],
    ["leeg.txt", /leeg/],
  ])("%s is refused with a Dutch message", async (name, message) => {
    const r = await detectBestandstype(file(name));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  test("binary junk and a script are refused; the name does not matter", async () => {
    expect((await detectBestandstype(new Uint8Array([0, 1, 2, 3, 255, 254]))).ok).toBe(false);
    expect((await detectBestandstype(new TextEncoder().encode("#!/bin/sh\nrm -rf /\n"))).ok).toBe(false);
    expect((await detectBestandstype(new TextEncoder().encode("hallo <svg onload=alert(1)>"))).ok).toBe(false);
  });
});

describe("file names", () => {
  test("a path, control characters or 300 characters are refused with a Dutch message", () => {
    expect(zBestandsnaam.safeParse("../../etc/passwd").error?.issues[0].message).toBe(
      "De bestandsnaam mag geen map of pad bevatten.",
    );
    expect(zBestandsnaam.safeParse("a\u0000b.pdf").error?.issues[0].message).toMatch(/ongeldige tekens/);
    expect(zBestandsnaam.safeParse("x".repeat(300) + ".pdf").error?.issues[0].message).toMatch(/te lang/);
    expect(zBestandsnaam.safeParse("Zorgmelding politie 12-11.pdf").success).toBe(true);
  });

  test("the stored name takes the extension of the detected type", () => {
    expect(opgeslagenNaam("Zorgmelding politie.txt", "pdf")).toBe("Zorgmelding politie.pdf");
    expect(opgeslagenNaam("..verslag;rm.docx", "docx")).toBe("verslag_rm.docx");
    expect(opgeslagenNaam("", "png")).toBe("document.png");
  });

  test("Content-Disposition is always an attachment with a safe ASCII fallback", () => {
    expect(contentDisposition('Brief "Öztürk".pdf')).toBe(
      `attachment; filename="Brief _O_ztu_rk_.pdf"; filename*=UTF-8''Brief%20%22%C3%96zt%C3%BCrk%22.pdf`,
    );
  });
});
