// What a file is, decided from its bytes (file-type reads the signatures), never from its name or what the
// browser claims. The dossier takes PDF, JPEG, PNG, DOCX, ODT, plain text and e-mail (EML); anything else —
// executables, HTML, SVG, archives, scripts — is refused with a Dutch message.
import { fileTypeFromBuffer } from "file-type";

export type Bestandstype = { mediaType: string; ext: string; label: string };
export type TypeResult = { ok: true; type: Bestandstype } | { ok: false; message: string };

const BINARY: Record<string, Bestandstype> = {
  "application/pdf": { mediaType: "application/pdf", ext: "pdf", label: "PDF" },
  "image/jpeg": { mediaType: "image/jpeg", ext: "jpg", label: "JPEG-afbeelding" },
  "image/png": { mediaType: "image/png", ext: "png", label: "PNG-afbeelding" },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ext: "docx",
    label: "Word-document (DOCX)",
  },
  "application/vnd.oasis.opendocument.text": {
    mediaType: "application/vnd.oasis.opendocument.text",
    ext: "odt",
    label: "OpenDocument-tekst (ODT)",
  },
};
const TEXT: Bestandstype = { mediaType: "text/plain; charset=utf-8", ext: "txt", label: "Tekstbestand" };
const EML: Bestandstype = { mediaType: "message/rfc822", ext: "eml", label: "E-mailbericht (EML)" };

import { TOEGESTAAN } from "./bestandstype-labels";
export { TOEGESTAAN };

export async function detectBestandstype(bytes: Uint8Array): Promise<TypeResult> {
  if (bytes.length === 0) return { ok: false, message: "Het bestand is leeg." };
  const found = await fileTypeFromBuffer(bytes);
  if (found) {
    const type = BINARY[found.mime];
    if (type) return { ok: true, type };
    return {
      ok: false,
      message: `Dit soort bestand (${found.ext.toUpperCase()}) kan niet in het dossier. ${TOEGESTAAN}`,
    };
  }
  return detectText(bytes);
}

const MARKUP = /<\s*(!doctype|html|head|body|script|svg|iframe|object|embed|meta|link|style|\?xml)\b/i;

/** No signature: only readable UTF-8 text without markup passes, as plain text or as an e-mail. */
function detectText(bytes: Uint8Array): TypeResult {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: `Dit bestand is geen leesbare tekst en geen bekend documenttype. ${TOEGESTAAN}` };
  }
  if (/[\u0000-\u0008\u000E-\u001A\u001C-\u001F\u007F]/.test(text))
    return { ok: false, message: `Dit bestand is geen leesbare tekst en geen bekend documenttype. ${TOEGESTAAN}` };
  if (text.startsWith("#!") || text.startsWith("MZ"))
    return { ok: false, message: `Scripts en programma's kunnen niet in het dossier. ${TOEGESTAAN}` };
  const eml = isEmail(text);
  // An e-mail may carry an HTML part; it is downloaded, never shown. Any other text with markup is refused.
  if (!eml && MARKUP.test(text.slice(0, 64 * 1024)))
    return { ok: false, message: `HTML-, SVG- en XML-bestanden kunnen niet in het dossier. ${TOEGESTAAN}` };
  return { ok: true, type: eml ? EML : TEXT };
}

/** RFC 5322 headers at the top: header lines up to the first empty line, with From and at least Date or Subject. */
function isEmail(text: string): boolean {
  const head = text.slice(0, 16 * 1024).split(/\r?\n\r?\n/, 1)[0];
  const lines = head.split(/\r?\n/);
  if (!lines.every((l) => /^[!-9;-~]+:/.test(l) || /^[ \t]/.test(l))) return false;
  const names = new Set(lines.map((l) => /^([!-9;-~]+):/.exec(l)?.[1].toLowerCase()).filter(Boolean));
  return names.has("from") && (names.has("date") || names.has("subject"));
}
