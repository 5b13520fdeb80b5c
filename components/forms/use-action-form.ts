"use client";
// react-hook-form with the step's zod schema in the browser, then the server action (which parses the same
// schema again). Server field errors land at their field; a conflict or refusal keeps the input in the form.
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";

export type ActionResultLike<R> = { ok: true; data: R } | { ok: false; message: string; fieldErrors?: Record<string, string>; changedBy?: string };

export function useActionForm<S extends z.ZodType<unknown, FieldValues>, R>(
  schema: S,
  action: (input: z.input<S>) => Promise<ActionResultLike<R>>,
  defaultValues: DefaultValues<z.input<S>>,
  onSuccess?: (data: R) => void,
) {
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues,
  });
  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    setSaved(false);
    // Send what the user typed (not the parsed output): the server parses it again with the same schema.
    const res = await action(form.getValues());
    if (res.ok) {
      setSaved(true);
      onSuccess?.(res.data);
      return;
    }
    setFormError(res.message);
    for (const [field, message] of Object.entries(res.fieldErrors ?? {})) {
      if (field !== "_form") form.setError(field as Path<z.input<S>>, { type: "server", message });
    }
  });
  return { form, onSubmit, formError, saved, errors: form.formState.errors };
}
