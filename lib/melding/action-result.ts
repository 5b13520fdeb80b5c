// Runs an inner function (which throws typed errors) for a server action: the form gets { ok, data } or a
// Dutch message with field errors, never a stack trace. Not a 'use server' module: only actions import it.
import "server-only";
import { toActionError, type ActionResult } from "@/lib/auth/guard";

export async function toActionResult<R>(fn: () => Promise<R>): Promise<ActionResult<R>> {
  try {
    return { ok: true, data: await fn() };
  } catch (e) {
    return toActionError(e);
  }
}
