"use client";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextInput } from "@/components/forms/inputs";
import { FormMessages } from "@/components/forms/form-messages";
import { NieuwWachtwoordVelden } from "./nieuw-wachtwoord-velden";
import { buttonClass } from "@/components/forms/field";
import { ZWachtwoordWijzigen } from "@/lib/account/schema";
import { changePasswordAction } from "@/lib/account/actions";

export function WachtwoordWijzigenForm() {
  const { form, onSubmit, errors, status } = useActionForm(
    ZWachtwoordWijzigen,
    changePasswordAction,
    { huidig: "", nieuw: "", herhaal: "" },
    { resetOnSuccess: true },
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Wachtwoord wijzigen" className="max-w-md">
      <FormMessages status={status} savedText="Uw wachtwoord is gewijzigd. Uw andere sessies zijn beëindigd." />
      <TextInput
        id="huidig"
        label="Huidig wachtwoord"
        type="password"
        autoComplete="current-password"
        reg={form.register("huidig")}
        error={errors.huidig}
      />
      <NieuwWachtwoordVelden
        nieuw={{ reg: form.register("nieuw"), error: errors.nieuw }}
        herhaal={{ reg: form.register("herhaal"), error: errors.herhaal }}
      />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Wachtwoord wijzigen
      </button>
    </form>
  );
}
