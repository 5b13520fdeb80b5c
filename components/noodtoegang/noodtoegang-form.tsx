"use client";
// Break the glass: the reason for opening a casus outside one's access. The casusnummer is the page's own.
import { usePathname } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages } from "@/components/forms/form-messages";
import { TextArea } from "@/components/forms/inputs";
import { buttonClass } from "@/components/forms/field";
import { startNoodtoegangAction } from "@/lib/noodtoegang/actions";
import { MIN_REDEN, NOODTOEGANG_UREN, ZNoodtoegang } from "@/lib/noodtoegang/schema";

export function NoodtoegangForm() {
  const casusnummer = /^\/casussen\/([^/]+)/.exec(usePathname() ?? "")?.[1] ?? "";
  const { form, onSubmit, errors, status, hydrated } = useActionForm(
    ZNoodtoegang,
    startNoodtoegangAction,
    { casusnummer: decodeURIComponent(casusnummer), reden: "" },
    {
      // A full load: the not-found boundary this form lives in does not reset on a refresh.
      onSuccess: () => window.location.reload(),
      confirm: {
        title: `Noodtoegang tot ${decodeURIComponent(casusnummer)}?`,
        body:
          `U krijgt ${NOODTOEGANG_UREN} uur toegang. Alles wat u in deze casus doet wordt gemarkeerd vastgelegd, ` +
          "de teamleiders krijgen een signaal en de privacy officer controleert het gebruik.",
        confirmLabel: "Noodtoegang gebruiken",
      },
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate data-hydrated={hydrated || undefined}>
      <FormMessages status={status} saved={false} />
      <TextArea
        id="noodtoegang-reden"
        label="Reden van de noodtoegang"
        reg={form.register("reden")}
        error={errors.reden}
        hint={`Minstens ${MIN_REDEN} tekens. Bijvoorbeeld: politie belt 's nachts over acute situatie, casemanager niet bereikbaar.`}
      />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Noodtoegang gebruiken
      </button>
    </form>
  );
}
