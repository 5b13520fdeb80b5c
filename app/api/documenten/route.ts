// Adding a document: the file's bytes as the request body (application/octet-stream, at most 20 MB) and the form's
// fields as URI-encoded JSON in the X-Document header. The body is read once into one buffer of the announced
// size (no multipart parsing, no copies), and the route is kept out of the proxy (proxy.ts), which would buffer a
// second copy. The door (lib/auth/door.ts) does the rest: authorize, parse, type from the bytes, store, audit.
import { runAction } from "@/lib/auth/door";
import { addDocument } from "@/lib/document/commands";
import { MAX_DOCUMENT_BYTES } from "@/lib/document/soorten";
import { TE_GROOT } from "@/lib/document/schema";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { GEEN_TOEGANG, NIET_GEVONDEN } from "@/lib/auth/failure";
import type { ActionResult } from "@/lib/auth/action-result";

export const dynamic = "force-dynamic";

const json = (result: ActionResult<unknown>, status: number) => Response.json(result, { status });

export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return json({ ok: false, message: GEEN_TOEGANG }, 403);
  const length = Number(request.headers.get("content-length") ?? NaN);
  if (!Number.isInteger(length) || length < 0)
    return json({ ok: false, message: "Het bestand is niet goed aangekomen. Probeer het opnieuw." }, 411);
  if (length > MAX_DOCUMENT_BYTES)
    return json({ ok: false, message: TE_GROOT, fieldErrors: { bestand: TE_GROOT } }, 413);
  const inhoud = await readBody(request, length);
  if (!inhoud) return json({ ok: false, message: "Het bestand is niet goed aangekomen. Probeer het opnieuw." }, 400);
  const meta = readMeta(request.headers.get("x-document"));
  const result = await runAction(addDocument, { ...meta, inhoud }, (r) => [{ layout: `/casussen/${r.casusnummer}` }]);
  if (!result.ok && result.fieldErrors) {
    // The file's own checks belong to the file field of the form.
    const { bestandsnaam, inhoud: fout, ...rest } = result.fieldErrors;
    const bestand = rest.bestand ?? bestandsnaam ?? fout;
    result.fieldErrors = bestand ? { ...rest, bestand } : rest;
  }
  const status = result.ok
    ? 200
    : result.sessionExpired
      ? 401
      : result.message === GEEN_TOEGANG
        ? 403
        : result.message === NIET_GEVONDEN
          ? 404
          : 400;
  return json(result, status);
}

/** The body into one buffer of exactly the announced length; null when it is longer or shorter. */
async function readBody(request: Request, length: number): Promise<Uint8Array | null> {
  const out = new Uint8Array(length);
  let at = 0;
  if (!request.body) return length === 0 ? out : null;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    if (at + chunk.length > length) return null;
    out.set(chunk, at);
    at += chunk.length;
  }
  return at === length ? out : null;
}

/** The form's fields; anything unreadable leaves them out (the schema then names what is missing). */
function readMeta(header: string | null): Record<string, unknown> {
  if (!header || header.length > 8192) return {};
  try {
    const v: unknown = JSON.parse(decodeURIComponent(header));
    if (!v || typeof v !== "object" || Array.isArray(v)) return {};
    const { casusnummer, titel, soort, datum, hoortBij, bestandsnaam } = v as Record<string, unknown>;
    return { casusnummer, titel, soort, datum, hoortBij: hoortBij ?? "", bestandsnaam };
  } catch {
    return {};
  }
}
