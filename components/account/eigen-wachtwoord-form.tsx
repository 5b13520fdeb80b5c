"use client";
// Setting up the account, step 1: a password of one's own instead of the one-time password.
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages } from "@/components/forms/form-messages";
import { NieuwWachtwoordVelden } from "./nieuw-wachtwoord-velden";
import { buttonClass } from "@/components/forms/field";
import { ZEigenWachtwoord } from "@/lib/account/schema";
import { setOwnPasswordAction } from "@/lib/account/actions";

export function EigenWachtwoordForm() {
  const router = useRouter();
  const { form, onSubmit, errors, status } = useActionForm(
    ZEigenWachtwoord,
    setOwnPasswordAction,
    { nieuw: "", herhaal: "" },
    () => router.refresh(),
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Eigen wachtwoord kiezen" className="max-w-md">
      <FormMessages status={status} saved={false} />
      <NieuwWachtwoordVelden
        nieuw={{ reg: form.register("nieuw"), error: errors.nieuw }}
        herhaal={{ reg: form.register("herhaal"), error: errors.herhaal }}
      />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Wachtwoord opslaan
      </button>
    </form>
  );
}
