"use client";
// react-hook-form with the step's zod schema in the browser, then the server action (which parses the same
// schema again). What the edge can say is shown by <FormMessages status={status} />: the refusal's message,
// every field message (also of fields the form does not show), the current version after a stale save (with
// "save on top"), and a login dialog when the session has ended — the input always stays in the form.
import { useState, useSyncExternalStore } from "react";
import {
  useForm,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Path,
  type PathValue,
  type Resolver,
} from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionResult, ConflictInfo } from "@/lib/auth/action-result";
import { SERVER_CONTACT } from "@/components/session-timer";

export type ConfirmText = { title: string; body: string; confirmLabel: string };
type Options<R> = {
  onSuccess?: (data: R) => void;
  /** Ask before sending (an irreversible step); a function can decide by the values (null: no question). */
  confirm?: ConfirmText | ((values: Record<string, unknown>) => ConfirmText | null);
  conflictTitle?: string;
  /** Empty the form after a successful save (e.g. password fields). */
  resetOnSuccess?: boolean;
};

export type FormStatus = {
  formError: string | null;
  saved: boolean;
  summary: string[];
  conflict: ConflictInfo | null;
  conflictTitle: string;
  sessionExpired: boolean;
  confirm: (ConfirmText & { open: boolean; onConfirm: () => void; onCancel: () => void }) | null;
  onResave: () => void;
  /** Fields of this form (a current text can be taken over into a field of the same name). */
  fields: string[];
  onTake: (field: string, text: string) => void;
  onLoggedIn: () => void;
};

/** All messages of the form's errors, also nested ones (betrokkenen.0.bsn) and those without a visible field. */
export function errorMessages(errors: FieldErrors): string[] {
  const out: string[] = [];
  const walk = (e: unknown) => {
    if (!e || typeof e !== "object") return;
    const m = (e as { message?: unknown }).message;
    if (typeof m === "string" && m) out.push(m);
    for (const [k, v] of Object.entries(e))
      if (k !== "ref" && k !== "message" && k !== "type" && k !== "types") walk(v);
  };
  walk(errors);
  return [...new Set(out)];
}

export function useActionForm<S extends z.ZodType<unknown, FieldValues>, R>(
  schema: S,
  action: (input: z.input<S>) => Promise<ActionResult<R>>,
  defaultValues: DefaultValues<z.input<S>>,
  onSuccessOrOptions?: ((data: R) => void) | Options<R>,
) {
  const options: Options<R> =
    typeof onSuccessOrOptions === "function" ? { onSuccess: onSuccessOrOptions } : (onSuccessOrOptions ?? {});
  const [formError, setFormError] = useState<string | null>(null);
  const [summary, setSummary] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  // True once React has taken over the form: a choice made before that would be reset by the form's defaults.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [sessionExpired, setSessionExpired] = useState(false);
  const [confirming, setConfirming] = useState<ConfirmText | null>(null);
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues,
  });

  const send = async () => {
    setFormError(null);
    setSummary([]);
    setSaved(false);
    // Send what the user typed (not the parsed output): the server parses it again with the same schema.
    const res = await action(form.getValues());
    window.dispatchEvent(new Event(SERVER_CONTACT)); // the session's idle time starts again (components/session-timer)
    if (res.ok) {
      setConflict(null);
      setSaved(true);
      if (options.resetOnSuccess) form.reset();
      options.onSuccess?.(res.data);
      return;
    }
    setFormError(res.message);
    setConflict(res.conflict ?? null);
    if (res.sessionExpired) setSessionExpired(true);
    const fieldErrors = Object.entries(res.fieldErrors ?? {});
    for (const [field, message] of fieldErrors) {
      if (field !== "_form") form.setError(field as Path<z.input<S>>, { type: "server", message });
    }
    setSummary(fieldErrors.map(([, m]) => m));
  };
  const onInvalid = (errors: FieldErrors) => {
    setSaved(false);
    setFormError("Controleer de gemarkeerde velden.");
    setSummary(errorMessages(errors));
  };
  const onSubmit = form.handleSubmit(async () => {
    const ask =
      typeof options.confirm === "function"
        ? options.confirm(form.getValues() as Record<string, unknown>)
        : options.confirm;
    if (ask) setConfirming(ask);
    else await send();
  }, onInvalid);

  const values = () => form.getValues() as Record<string, unknown>;
  const status: FormStatus = {
    formError,
    saved,
    summary,
    conflict,
    sessionExpired,
    fields: Object.keys(values()),
    conflictTitle: options.conflictTitle ?? "Zo staat het nu opgeslagen",
    confirm: confirming
      ? {
          ...confirming,
          open: true,
          onCancel: () => setConfirming(null),
          onConfirm: () => {
            setConfirming(null);
            void send();
          },
        }
      : null,
    onResave: () => {
      if (!conflict) return;
      form.setValue("version" as Path<z.input<S>>, conflict.version as PathValue<z.input<S>, Path<z.input<S>>>);
      setConflict(null);
      void send();
    },
    onTake: (field, text) => {
      if (!(field in values())) return;
      const eigen = String(values()[field] ?? "").trim();
      if (eigen.includes(text.trim())) return;
      form.setValue(
        field as Path<z.input<S>>,
        [eigen, text.trim()].filter(Boolean).join("\n\n") as PathValue<z.input<S>, Path<z.input<S>>>,
      );
    },
    onLoggedIn: () => {
      setSessionExpired(false);
      setFormError("U bent weer ingelogd. Uw invoer staat nog in het formulier: sla opnieuw op.");
    },
  };
  return { form, onSubmit, formError, saved, errors: form.formState.errors, status, hydrated };
}

const noSubscription = () => () => {};
