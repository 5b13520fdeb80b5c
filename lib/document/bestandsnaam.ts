// The name a document is stored and downloaded under: the sent name without its extension, reduced to
// letters, digits and a few safe marks, with the extension of the type found in the bytes.
import { MAX_BESTANDSNAAM } from "./soorten";

export function opgeslagenNaam(naam: string, ext: string): string {
  const base = naam
    .normalize("NFKC")
    .replace(/\.[^.]*$/, "")
    .replace(/[^\p{L}\p{N} ._()-]/gu, "_")
    .replace(/^[.\s]+/, "")
    .trim()
    .slice(0, MAX_BESTANDSNAAM - ext.length - 1);
  return `${base || "document"}.${ext}`;
}

/** Content-Disposition for a download: an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(naam: string): string {
  const ascii = naam
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(naam)}`;
}
