// The one door for route handlers: the session, authorize against the permission map (a refusal is audited),
// the route's parameters parsed by its zod schema, then the handler; typed errors become a Dutch text with
// the right status, never a stack trace.
import "server-only";
import type { z } from "zod";
import { authorize } from "./authorize";
import { getCurrentUser } from "./current-user";
import { Forbidden, NotFound, RuleViolation, ValidationFailed } from "./errors";
import type { Actor } from "./audit";
import type { Permission } from "./permissions";
import { GEEN_TOEGANG, NIET_GEVONDEN, SESSIE_VERLOPEN } from "./failure";

type RouteContext = { params: Promise<Record<string, string | string[]>> };

export function secureRoute<S extends z.ZodType>(
  def: { permission: Permission; params: S; resourceType: string },
  handler: (ctx: { user: Actor; params: z.output<S>; request: Request }) => Promise<Response>,
) {
  return async (request: Request, ctx: RouteContext): Promise<Response> => {
    const user = await getCurrentUser();
    if (!user) return text(401, SESSIE_VERLOPEN);
    const raw = (await ctx?.params) ?? {}; // a route without dynamic segments has no params
    try {
      await authorize(user, def.permission, { type: def.resourceType, id: typeof raw.id === "string" ? raw.id : null });
      const params = def.params.safeParse(raw);
      if (!params.success) throw new NotFound();
      return await handler({ user, params: params.data, request });
    } catch (e) {
      if (e instanceof Forbidden) return text(403, GEEN_TOEGANG);
      if (e instanceof NotFound) return text(404, NIET_GEVONDEN);
      if (e instanceof ValidationFailed || e instanceof RuleViolation) return text(400, e.message);
      console.error("[route] unexpected error", e);
      return text(500, "Er ging iets mis. Probeer het opnieuw.");
    }
  };
}

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
