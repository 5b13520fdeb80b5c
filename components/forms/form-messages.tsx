"use client";
// Everything the edge says about a form, above it: the refusal, the field messages that no field of the form
// shows (so no refusal is ever silent), the saved note, the current version after a stale save, a login dialog
// after the session ended, the confirmation of an irreversible step.
import { useLayoutEffect, useRef, useState } from "react";
import type { FormStatus } from "./use-action-form";
import { ConflictPanel } from "./conflict-panel";
import { ConfirmDialog } from "./confirm-dialog";
import { SessionExpiredDialog } from "./session-expired-dialog";

export function FormMessages({
  status,
  saved = status.saved,
  savedText = "Opgeslagen.",
}: {
  status: FormStatus;
  saved?: boolean;
  savedText?: string;
}) {
  const { formError, summary, conflict } = status;
  const ref = useRef<HTMLDivElement>(null);
  const [unshown, setUnshown] = useState<string[]>([]);
  // A message a field already shows next to itself is not repeated; the rest is listed here. Field messages
  // render in later passes than the form's own state, so this looks at the form after every render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const form = ref.current?.closest("form");
    const elsewhere = form
      ? [...form.querySelectorAll('[role="alert"]')]
          .filter((el) => !ref.current!.contains(el))
          .map((el) => el.textContent ?? "")
      : [];
    const next = summary.filter((m) => m !== formError && !elsewhere.some((t) => t.includes(m)));
    if (next.join("\n") !== unshown.join("\n")) setUnshown(next);
  });
  return (
    <div ref={ref}>
      {formError && (
        <div
          role="alert"
          data-testid="form-error"
          className="mb-4 rounded border border-red-700 bg-red-50 p-3 text-red-800"
        >
          <p>{formError}</p>
          {unshown.length > 0 && (
            <ul className="mt-2 list-disc pl-5" aria-label="Wat er niet klopt">
              {unshown.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {saved && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {savedText}
        </p>
      )}
      {conflict && (
        <ConflictPanel
          conflict={conflict}
          title={status.conflictTitle}
          fields={status.fields}
          onResave={status.onResave}
          onTake={status.onTake}
        />
      )}
      <SessionExpiredDialog open={status.sessionExpired} onLoggedIn={status.onLoggedIn} />
      {status.confirm && <ConfirmDialog {...status.confirm} />}
    </div>
  );
}
