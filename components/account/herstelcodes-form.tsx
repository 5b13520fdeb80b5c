"use client";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextInput } from "@/components/forms/inputs";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import { ZHerstelcodes } from "@/lib/account/schema";
import { renewRecoveryCodesAction } from "@/lib/account/actions";
import { Herstelcodes } from "./herstelcodes";

export function HerstelcodesForm({ over }: { over: number }) {
  const [codes, setCodes] = useState<string[] | null>(null);
  const { form, onSubmit, errors, status } = useActionForm(
    ZHerstelcodes,
    renewRecoveryCodesAction,
    { huidig: "" },
    { onSuccess: (d) => setCodes(d.codes), resetOnSuccess: true },
  );
  return (
    <>
      {codes && <Herstelcodes codes={codes} />}
      <form onSubmit={onSubmit} noValidate aria-label="Herstelcodes vernieuwen" className="max-w-md">
        <FormMessages status={status} saved={false} />
        <p className="mb-3">
          U heeft nog {over} ongebruikte herstelcode{over === 1 ? "" : "s"}. Nieuwe codes vervangen alle oude.
        </p>
        <TextInput
          id="herstel-huidig"
          label="Huidig wachtwoord"
          type="password"
          autoComplete="current-password"
          reg={form.register("huidig")}
          error={errors.huidig}
        />
        <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
          Nieuwe herstelcodes maken
        </button>
      </form>
    </>
  );
}
