// What a server action returns to its form: the data, or a Dutch message with what the form needs to help the
// user on (field messages, the current version after a stale save, a way back in after the session ended).
// Plain types: client components import them.

export type ConflictInfo = {
  /** Display name of the person who saved the current version (never a username). */
  changedBy: string;
  /** ISO time of that save, when known. */
  changedAt: string | null;
  /** The version to send when the user saves on top of the current version. */
  version: number;
  /** The current values of what the user was changing, as labelled text (`text`: a free text the user may take over). */
  current: { field: string; label: string; value: string; text?: string }[];
};

export type ActionFailure = {
  ok: false;
  message: string;
  fieldErrors?: Record<string, string>;
  conflict?: ConflictInfo;
  sessionExpired?: true;
};

export type ActionResult<R> = { ok: true; data: R } | ActionFailure;
