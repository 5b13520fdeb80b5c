// The one door for changes. A command is a unit of work: authorize against the permission map (a refusal is
// audited), parse with the step's one zod schema, run in one transaction that must write its audit event.
// A server action is `runAction(command, input, revalidate)`: the session, the command, revalidation and a
// Dutch ActionResult. Reads of case data go through auditedRead (./audited-read.ts). docs/decisions/011.
import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { prisma, type Tx } from "@/lib/db/client";
import { writeAudit, type Actor, type AuditInput } from "./audit";
import { authorize, type Resource } from "./authorize";
import { getCurrentUser } from "./current-user";
import { toActionFailure } from "./failure";
import { DomainError, Forbidden, NotFound, Unauthenticated, ValidationFailed } from "./errors";
import type { Permission } from "./permissions";
import { toFieldErrors } from "./zod-errors";
import type { ActionResult } from "./action-result";

export type AuditFn = (e: Omit<AuditInput, "actor">) => Promise<void>;
export type WorkContext<D> = { tx: Tx; user: Actor; data: D; audit: AuditFn };

/** A unit of work with its permission; call it as `command(input, user)`. Throws typed errors (./errors.ts). */
export type Command<R> = ((input: unknown, user: Actor | null) => Promise<R>) & { readonly permission: Permission };

export function defineCommand<S extends z.ZodType, R>(
  def: { permission: Permission; schema: S; resource?: Resource },
  work: (ctx: WorkContext<z.output<S>>) => Promise<R>,
): Command<R> {
  const run = async (input: unknown, user: Actor | null): Promise<R> => {
    if (!user) throw new Unauthenticated();
    await authorize(user, def.permission, def.resource);
    try {
      return await execute(input, user);
    } catch (e) {
      if (e instanceof DomainError && !(e instanceof Forbidden))
        await auditRefused(user, def.permission, def.resource, e);
      throw e;
    }
  };
  const execute = async (input: unknown, user: Actor): Promise<R> => {
    const parsed = def.schema.safeParse(input);
    if (!parsed.success) throw new ValidationFailed(toFieldErrors(parsed.error));
    return prisma.$transaction(async (tx) => {
      let audited = 0;
      const audit: AuditFn = async (e) => {
        audited++;
        await writeAudit(tx, { ...e, actor: user });
      };
      const result = await work({ tx, user, data: parsed.data, audit });
      if (audited === 0) throw new Error(`unaudited work for ${def.permission}`);
      return result;
    });
  };
  return Object.assign(run, { permission: def.permission });
}

/**
 * Work that was allowed but refused (bad input, a protocol rule, a stale version, a record outside the scope):
 * nothing of it is stored, and its own transaction records the attempt as a FAILURE.
 */
async function auditRefused(user: Actor, permission: Permission, resource: Resource | undefined, e: DomainError) {
  const reason =
    e instanceof ValidationFailed ? `invalid: ${Object.keys(e.fieldErrors).join(",")}` : e.constructor.name;
  await prisma.$transaction((tx) =>
    writeAudit(tx, {
      actor: user,
      action: "UPDATE",
      entityType: resource?.type ?? permission.split(":")[0],
      entityId: resource?.id ?? null,
      outcome: e instanceof NotFound ? "DENIED" : "FAILURE",
      detail: `${permission} refused: ${reason}`.slice(0, 200),
    }),
  );
}

/** Pages to refresh after the change: a path, or `{ layout }` for a path with everything under it. */
export type RevalidateTarget = string | { layout: string };
type Revalidate<R> = RevalidateTarget[] | ((result: R) => RevalidateTarget[]);

/** The body of every server action: the session's user runs the command; the form gets an ActionResult. */
export async function runAction<R>(
  command: Command<R>,
  input: unknown,
  revalidate?: Revalidate<R>,
): Promise<ActionResult<R>> {
  try {
    const data = await command(input, await getCurrentUser());
    const paths = typeof revalidate === "function" ? revalidate(data) : (revalidate ?? []);
    for (const p of paths) {
      if (typeof p === "string") revalidatePath(p);
      else revalidatePath(p.layout, "layout");
    }
    return { ok: true, data };
  } catch (e) {
    return toActionFailure(e);
  }
}
