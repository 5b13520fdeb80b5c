"use client";
// Setting up the second factor: scan the QR code (or type the secret) in an authenticator app, confirm with the
// first code, then keep the ten recovery codes.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextInput } from "@/components/forms/inputs";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import { ZTotpBevestigen } from "@/lib/account/schema";
import { confirmTotpAction } from "@/lib/account/actions";
import { Herstelcodes } from "./herstelcodes";

export function TotpEnrolForm({ qr, secret }: { qr: string; secret: string }) {
  const router = useRouter();
  const [codes, setCodes] = useState<string[] | null>(null);
  const { form, onSubmit, errors, status } = useActionForm(ZTotpBevestigen, confirmTotpAction, { code: "" }, (d) =>
    setCodes(d.codes),
  );
  if (codes) {
    return (
      <>
        <Herstelcodes codes={codes} />
        <button
          type="button"
          className={buttonClass}
          onClick={() => {
            router.push("/");
            router.refresh();
          }}
        >
          Ik heb de codes bewaard — verder
        </button>
      </>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Tweede factor instellen" className="max-w-xl">
      <FormMessages status={status} saved={false} />
      <ol className="mb-4 list-decimal space-y-2 pl-5">
        <li>Open een authenticator-app op uw telefoon (bijvoorbeeld de app die uw organisatie voorschrijft).</li>
        <li>
          Scan deze QR-code, of voer de sleutel in.
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server */}
          <img
            src={qr}
            alt="QR-code om Veilig Thuis toe te voegen aan uw authenticator-app"
            width={240}
            height={240}
            className="my-2 border border-slate-300"
          />
          <span className="block">
            Sleutel:{" "}
            <code data-testid="totp-sleutel" className="break-all font-mono">
              {secret}
            </code>
          </span>
        </li>
        <li>Vul hieronder de code van 6 cijfers in die de app toont.</li>
      </ol>
      <TextInput
        id="code"
        label="Code uit de app"
        inputMode="numeric"
        autoComplete="one-time-code"
        reg={form.register("code")}
        error={errors.code}
      />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Bevestigen
      </button>
    </form>
  );
}
