// The one door. Pages call requirePage(); server actions and route handlers call secureAction();
// reads of case data go through auditedRead(). Each resolves the session, asks authorize(), parses input with
// the one zod schema, runs the work in a transaction and writes the audit event in that same transaction.
import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { prisma, type Tx } from "@/lib/db/client";
import { writeAudit, type Actor, type AuditInput } from "./audit";
import { authorize, type Resource } from "./authorize";
import { getCurrentUser } from "./current-user";
import { Conflict, Forbidden, NotFound, RuleViolation, Unauthenticated, ValidationFailed } from "./errors";
import type { Permission } from "./permissions";
import { toFieldErrors } from "./zod-errors";

export async function requireUser(): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

export async function requirePage(permission: Permission, resource?: Resource): Promise<Actor> {
  const user = await requireUser();
  try {
    await authorize(user, permission, resource ?? { type: "page", id: permission });
  } catch (e) {
    if (e instanceof Forbidden) redirect("/geweigerd");
    throw e;
  }
  return user;
}

type AuditFn = (e: Omit<AuditInput, "actor">) => Promise<void>;
export type WorkContext<D> = { tx: Tx; user: Actor; data: D; audit: AuditFn };

export type ActionResult<R> =
  | { ok: true; data: R }
  | { ok: false; message: string; fieldErrors?: Record<string, string>; changedBy?: string };

/** Runs one audited, authorized, validated unit of work. The work must call audit() at least once. */
export async function runSecure<S extends z.ZodType, R>(
  opts: { permission: Permission; schema: S; input: unknown; resource?: Resource; user?: Actor | null },
  work: (ctx: WorkContext<z.infer<S>>) => Promise<R>,
): Promise<R> {
  const user = opts.user ?? (await getCurrentUser());
  if (!user) throw new Unauthenticated();
  await authorize(user, opts.permission, opts.resource);
  const parsed = opts.schema.safeParse(opts.input);
  if (!parsed.success) throw new ValidationFailed(toFieldErrors(parsed.error));
  return prisma.$transaction(async (tx) => {
    let audited = 0;
    const audit: AuditFn = async (e) => { audited++; await writeAudit(tx, { ...e, actor: user }); };
    const result = await work({ tx, user, data: parsed.data, audit });
    if (audited === 0) throw new Error(`unaudited work for ${opts.permission}`);
    return result;
  });
}

/** runSecure for server actions: errors become a Dutch message for the form, never a stack trace. */
export async function secureAction<S extends z.ZodType, R>(
  opts: { permission: Permission; schema: S; input: unknown; resource?: Resource },
  work: (ctx: WorkContext<z.infer<S>>) => Promise<R>,
): Promise<ActionResult<R>> {
  try {
    return { ok: true, data: await runSecure(opts, work) };
  } catch (e) {
    return toActionError(e);
  }
}

export function toActionError(e: unknown): { ok: false; message: string; fieldErrors?: Record<string, string>; changedBy?: string } {
  if (e instanceof ValidationFailed) return { ok: false, message: e.message, fieldErrors: e.fieldErrors };
  if (e instanceof Conflict) return { ok: false, message: e.message, changedBy: e.changedBy };
  if (e instanceof RuleViolation) return { ok: false, message: e.message };
  if (e instanceof NotFound) return { ok: false, message: "Dit dossier bestaat niet of u heeft er geen toegang toe." };
  if (e instanceof Forbidden) return { ok: false, message: "U heeft geen toegang tot deze handeling." };
  if (e instanceof Unauthenticated) return { ok: false, message: "Uw sessie is verlopen. Log opnieuw in." };
  console.error("[action] unexpected error", e);
  return { ok: false, message: "Er ging iets mis bij het opslaan. Er is niets opgeslagen; probeer het opnieuw." };
}

/** A read of case data with its audit event in the same transaction. */
export async function auditedRead<R>(
  user: Actor,
  permission: Permission,
  query: (tx: Tx) => Promise<R>,
  describe: (r: R) => Omit<AuditInput, "actor" | "action">,
  resource?: Resource,
): Promise<R> {
  await authorize(user, permission, resource);
  return prisma.$transaction(async (tx) => {
    const r = await query(tx);
    await writeAudit(tx, { ...describe(r), actor: user, action: "READ" });
    return r;
  });
}
