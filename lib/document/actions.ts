"use server";
// Server actions of documents (adding one is a multipart upload: app/api/documenten/route.ts).
import { runAction } from "@/lib/auth/door";
import { withdrawDocument } from "./commands";
import type { TDocumentIntrekkenInput } from "./schema";

export async function withdrawDocumentAction(input: TDocumentIntrekkenInput) {
  return runAction(withdrawDocument, input, (r) => [{ layout: `/casussen/${r.casusnummer}` }]);
}
