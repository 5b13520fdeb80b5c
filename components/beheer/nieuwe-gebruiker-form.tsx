"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Select, TextInput } from "@/components/forms/inputs";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import { ZNieuweGebruiker } from "@/lib/beheer/schema";
import { createUserAction } from "@/lib/beheer/actions";
import { EenmaligWachtwoord } from "./eenmalig-wachtwoord";

export function NieuweGebruikerForm({ rollen }: { rollen: { value: string; label: string }[] }) {
  const router = useRouter();
  const [gemaakt, setGemaakt] = useState<{ username: string; password: string } | null>(null);
  const { form, onSubmit, errors, status, hydrated } = useActionForm(
    ZNieuweGebruiker,
    createUserAction,
    { username: "", displayName: "", role: "TRIAGE" },
    {
      onSuccess: (d) => {
        setGemaakt(d);
        router.refresh();
      },
      resetOnSuccess: true,
    },
  );
  return (
    <>
      {gemaakt && <EenmaligWachtwoord {...gemaakt} />}
      <form
        onSubmit={onSubmit}
        noValidate
        aria-label="Nieuw account"
        className="max-w-lg"
        data-hydrated={hydrated || undefined}
      >
        <FormMessages status={status} saved={false} />
        <TextInput
          id="username"
          label="Gebruikersnaam"
          reg={form.register("username")}
          error={errors.username}
          autoComplete="off"
        />
        <TextInput
          id="displayName"
          label="Naam"
          reg={form.register("displayName")}
          error={errors.displayName}
          autoComplete="off"
        />
        <Select id="role" label="Rol" options={rollen} reg={form.register("role")} error={errors.role} />
        <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
          Account maken
        </button>
      </form>
    </>
  );
}
