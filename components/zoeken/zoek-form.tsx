"use client";
// One search box. The term is posted to a server action (never put in the address bar), validated with the same
// schema in the browser and on the server; the results replace the previous ones.
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextInput } from "@/components/forms/inputs";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import { ZZoekopdracht } from "@/lib/zoeken/schema";
import { zoekAction } from "@/lib/zoeken/actions";
import type { ZoekResultaat } from "@/lib/zoeken/types";
import { ZoekResultaten } from "./zoek-resultaten";

export function ZoekForm() {
  const [resultaat, setResultaat] = useState<ZoekResultaat | null>(null);
  const zoek = (input: { zoekterm: string }) => {
    setResultaat(null);
    return zoekAction(input);
  };
  const { form, onSubmit, errors, status, hydrated } = useActionForm(
    ZZoekopdracht,
    zoek,
    { zoekterm: "" },
    setResultaat,
  );
  return (
    <>
      <form
        onSubmit={onSubmit}
        noValidate
        role="search"
        aria-label="Casussen zoeken"
        className="mb-6 max-w-2xl"
        data-hydrated={hydrated || undefined}
      >
        <FormMessages status={status} saved={false} />
        <TextInput
          id="zoekterm"
          label="Zoekterm"
          error={errors.zoekterm}
          autoComplete="off"
          reg={form.register("zoekterm")}
          hint="Casusnummer (C2026-000123), meldingnummer (M2026-000123), adviesnummer (A2026-000123), BSN (9 cijfers) of achternaam, eventueel met geboortedatum (bijvoorbeeld: Jansen 12-03-1984)."
        />
        <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
          Zoeken
        </button>
      </form>
      {resultaat && <ZoekResultaten r={resultaat} />}
    </>
  );
}
