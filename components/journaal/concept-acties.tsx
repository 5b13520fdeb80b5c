"use client";
// Small forms on a journaalregel: vastleggen or removing one's own concept, and an aanvulling under a vastgelegde.
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages } from "@/components/forms/form-messages";
import { TextArea } from "@/components/forms/inputs";
import { buttonClass } from "@/components/forms/field";
import {
  addAanvullingAction,
  deleteJournaalConceptAction,
  vastleggenJournaalRegelAction,
} from "@/lib/journaal/actions";
import { ZAanvulling, ZJournaalConceptVerwijderen, ZJournaalVastleggen } from "@/lib/journaal/schema";

export function ConceptVastleggen({ id, version }: { id: number; version: number }) {
  const router = useRouter();
  const { form, onSubmit, status } = useActionForm(
    ZJournaalVastleggen,
    vastleggenJournaalRegelAction,
    { id, version },
    {
      onSuccess: () => router.refresh(),
      confirm: {
        title: "Journaalregel vastleggen?",
        body: "Na vastleggen kan de regel niet meer worden gewijzigd of verwijderd.",
        confirmLabel: "Vastleggen",
      },
    },
  );
  return (
    <form onSubmit={onSubmit} className="inline">
      <FormMessages status={status} saved={false} />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Vastleggen
      </button>
    </form>
  );
}

export function ConceptVerwijderen({ casusnummer, id, version }: { casusnummer: string; id: number; version: number }) {
  const router = useRouter();
  const { form, onSubmit, status } = useActionForm(
    ZJournaalConceptVerwijderen,
    deleteJournaalConceptAction,
    { id, version },
    {
      onSuccess: () => {
        router.push(`/casussen/${casusnummer}#journaal`);
        router.refresh();
      },
      confirm: { title: "Concept verwijderen?", body: "Het concept wordt verwijderd.", confirmLabel: "Verwijderen" },
    },
  );
  return (
    <form onSubmit={onSubmit} className="mt-6">
      <FormMessages status={status} saved={false} />
      <button
        type="submit"
        className="rounded border border-red-800 px-4 py-2 font-medium text-red-800 hover:bg-red-50"
        disabled={form.formState.isSubmitting}
      >
        Concept verwijderen
      </button>
    </form>
  );
}

export function AanvullingForm({ regelId }: { regelId: number }) {
  const router = useRouter();
  const { form, onSubmit, errors, status } = useActionForm(
    ZAanvulling,
    addAanvullingAction,
    { regelId, tekst: "" },
    { onSuccess: () => router.refresh(), resetOnSuccess: true },
  );
  const id = `aanvulling-${regelId}`;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-2">
      <FormMessages status={status} savedText="Aanvulling vastgelegd." />
      <TextArea id={id} label="Aanvulling" reg={form.register("tekst")} error={errors.tekst} />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Aanvulling vastleggen
      </button>
    </form>
  );
}
