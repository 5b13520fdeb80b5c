// Typed domain errors, raised in lib/ and turned into a field message, a page or an HTTP status at the edge.
export class DomainError extends Error {}
export class NotFound extends DomainError {
  constructor(public readonly what = "Niet gevonden") { super(what); }
}
export class Forbidden extends DomainError {
  constructor(public readonly permission?: string) { super("Geen toegang"); }
}
export class Unauthenticated extends DomainError {
  constructor() { super("Niet ingelogd"); }
}
export class Conflict extends DomainError {
  constructor(message: string, public readonly changedBy?: string) { super(message); }
}
export class ValidationFailed extends DomainError {
  constructor(public readonly fieldErrors: Record<string, string>, message = "Controleer de gemarkeerde velden.") { super(message); }
}
/** A protocol rule refuses the step (e.g. no dienst before a final beoordeling). */
export class RuleViolation extends DomainError {}
