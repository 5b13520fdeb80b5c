"use client";
// Document toevoegen: the file, a title, what it is, its date and what it belongs to. Sent as a multipart upload
// to /api/documenten; the server decides the type from the bytes and answers like every form's action.
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Select, TextInput } from "@/components/forms/inputs";
import { Field, describedBy, inputClass, buttonClass } from "@/components/forms/field";
import { FormMessages } from "@/components/forms/form-messages";
import type { ActionResult } from "@/lib/auth/action-result";
import { ZDocumentForm, type TDocumentFormInput } from "@/lib/document/schema";
import { DOCUMENT_SOORTEN } from "@/lib/document/soorten";
import { TOEGESTAAN } from "@/lib/document/bestandstype-labels";

type Uploaded = { casusnummer: string; id: string; sha256: string };

/** The file as the request body, the fields as URI-encoded JSON in a header (app/api/documenten/route.ts). */
async function upload(values: TDocumentFormInput): Promise<ActionResult<Uploaded>> {
  const file = (values.bestand as FileList | undefined)?.[0];
  const meta = {
    casusnummer: values.casusnummer,
    titel: values.titel,
    soort: values.soort,
    datum: values.datum,
    hoortBij: values.hoortBij ?? "",
    bestandsnaam: file?.name,
  };
  try {
    const res = await fetch("/api/documenten", {
      method: "POST",
      body: file ?? new Blob([]),
      headers: { "content-type": "application/octet-stream", "x-document": encodeURIComponent(JSON.stringify(meta)) },
    });
    if (res.headers.get("content-type")?.includes("application/json"))
      return (await res.json()) as ActionResult<Uploaded>;
    return { ok: false, message: await res.text() };
  } catch {
    return {
      ok: false,
      message: "Het bestand kon niet worden verstuurd. Controleer de verbinding en probeer het opnieuw.",
    };
  }
}

export function DocumentForm({
  casusnummer,
  vandaag,
  koppelingen,
}: {
  casusnummer: string;
  vandaag: string;
  koppelingen: { value: string; label: string }[];
}) {
  const router = useRouter();
  const { form, onSubmit, errors, status } = useActionForm(
    ZDocumentForm,
    upload,
    { casusnummer, titel: "", soort: "", datum: vandaag, hoortBij: "" },
    () => {
      router.push(`/casussen/${casusnummer}#documenten`);
      router.refresh();
    },
  );
  const fileError = errors.bestand?.message as string | undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl">
      <FormMessages status={status} saved={false} />
      <Field id="bestand" label="Bestand" error={fileError} hint={`${TOEGESTAAN} Hoogstens 20 MB.`}>
        <input
          id="bestand"
          type="file"
          className={inputClass}
          aria-invalid={!!fileError}
          aria-describedby={describedBy("bestand", fileError, "x")}
          {...form.register("bestand")}
        />
      </Field>
      <TextInput id="titel" label="Titel" reg={form.register("titel")} error={errors.titel} />
      <Select
        id="soort"
        label="Soort"
        reg={form.register("soort")}
        error={errors.soort}
        options={Object.entries(DOCUMENT_SOORTEN).map(([value, label]) => ({ value, label }))}
      />
      <TextInput
        id="datum"
        type="date"
        label="Datum"
        reg={form.register("datum")}
        error={errors.datum}
        hint="De datum van het document."
      />
      <Select
        id="hoortBij"
        label="Hoort bij"
        reg={form.register("hoortBij")}
        error={errors.hoortBij}
        options={koppelingen}
        empty="de casus als geheel"
      />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Bezig met toevoegen…" : "Document toevoegen"}
      </button>
    </form>
  );
}
