// Typed domain errors, raised in lib/ and turned into a field message, a page or an HTTP status at the edge
// (lib/auth/failure.ts for server actions, lib/auth/route.ts for route handlers).
import type { ConflictInfo } from "./action-result";

export class DomainError extends Error {}
export class NotFound extends DomainError {
  constructor(public readonly what = "Niet gevonden") {
    super(what);
  }
}
export class Forbidden extends DomainError {
  constructor(public readonly permission?: string) {
    super("Geen toegang");
  }
}
export class Unauthenticated extends DomainError {
  constructor() {
    super("Niet ingelogd");
  }
}
/** A stale save: someone else saved a newer version first. */
export class Conflict extends DomainError {
  constructor(
    message: string,
    public readonly info?: ConflictInfo,
  ) {
    super(message);
  }
}
export class ValidationFailed extends DomainError {
  constructor(
    public readonly fieldErrors: Record<string, string>,
    message = "Controleer de gemarkeerde velden.",
  ) {
    super(message);
  }
}
/** A protocol rule refuses the step (e.g. no dienst before a final beoordeling). */
export class RuleViolation extends DomainError {}
