// Adding a document: a multipart upload of at most 20 MB (plus the form fields). Kept out of the proxy
// (proxy.ts), which would buffer a copy of the body; the door (lib/auth/door.ts) does the rest.
import { runAction } from "@/lib/auth/door";
import { addDocument } from "@/lib/document/commands";
import { MAX_DOCUMENT_BYTES } from "@/lib/document/soorten";
import { TE_GROOT } from "@/lib/document/schema";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { GEEN_TOEGANG, NIET_GEVONDEN } from "@/lib/auth/failure";

export const dynamic = "force-dynamic";

const FORM_OVERHEAD = 64 * 1024;

export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return Response.json({ ok: false, message: GEEN_TOEGANG }, { status: 403 });
  const length = Number(request.headers.get("content-length") ?? NaN);
  if (!Number.isFinite(length) || length > MAX_DOCUMENT_BYTES + FORM_OVERHEAD)
    return Response.json({ ok: false, message: TE_GROOT, fieldErrors: { bestand: TE_GROOT } }, { status: 413 });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return Response.json(
      { ok: false, message: "Het bestand is niet goed aangekomen. Probeer het opnieuw." },
      { status: 400 },
    );
  }
  const file = form.get("bestand");
  const field = (k: string) => (typeof form.get(k) === "string" ? (form.get(k) as string) : undefined);
  const input = {
    casusnummer: field("casusnummer"),
    titel: field("titel"),
    soort: field("soort"),
    datum: field("datum"),
    hoortBij: field("hoortBij") ?? "",
    bestandsnaam: file instanceof File ? file.name : undefined,
    inhoud: file instanceof File ? new Uint8Array(await file.arrayBuffer()) : undefined,
  };
  const result = await runAction(addDocument, input, (r) => [{ layout: `/casussen/${r.casusnummer}` }]);
  if (!result.ok && result.fieldErrors) {
    // The file's own checks belong to the file field of the form.
    const { bestandsnaam, inhoud, ...rest } = result.fieldErrors;
    const bestand = rest.bestand ?? bestandsnaam ?? inhoud;
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
  return Response.json(result, { status });
}
