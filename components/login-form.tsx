"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { LOGIN_FAILED_MESSAGE, LOGIN_MESSAGES, waitMessage, ZLoginForm, type TLoginForm } from "@/lib/auth/schema";
import { Field, describedBy, inputClass, buttonClass } from "@/components/forms/field";

function messageFor(error: string | null | undefined): string {
  const wait = /^wait:(\d+)$/.exec(error ?? "");
  if (wait) return waitMessage(Number(wait[1]));
  return (error && LOGIN_MESSAGES[error]) || LOGIN_FAILED_MESSAGE;
}

/**
 * The login form: username and password, then — for an account with the second factor — the code from the
 * authenticator app or a recovery code. `onLoggedIn` keeps the user on the page (the session-expired dialog).
 */
export function LoginForm({ onLoggedIn }: { onLoggedIn?: () => void } = {}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [askCode, setAskCode] = useState(false);
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<TLoginForm>({ resolver: zodResolver(ZLoginForm) });

  async function onSubmit(values: TLoginForm) {
    setFormError(null);
    const res = await signIn("credentials", { ...values, code: askCode ? values.code : "", redirect: false });
    if (res?.ok && !res.error) {
      if (onLoggedIn) return onLoggedIn();
      router.replace("/");
      router.refresh();
      return;
    }
    if (res?.error === "code_required" || res?.error === "code_invalid") {
      setAskCode(true);
      setTimeout(() => setFocus("code"), 0);
    }
    setFormError(messageFor(res?.error));
  }

  const field = (id: "username" | "password" | "code", label: string, extra: Record<string, string>) => (
    <Field id={id} label={label} error={errors[id]?.message}>
      <input
        id={id}
        className={inputClass}
        aria-invalid={!!errors[id]}
        aria-describedby={describedBy(id, errors[id]?.message)}
        {...extra}
        {...register(id)}
      />
    </Field>
  );
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-describedby={formError ? "login-error" : undefined}>
      {formError && (
        <p id="login-error" role="alert" className="mb-4 rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {formError}
        </p>
      )}
      {field("username", "Gebruikersnaam", { autoComplete: "username" })}
      {field("password", "Wachtwoord", { type: "password", autoComplete: "current-password" })}
      {askCode &&
        field("code", "Code uit de authenticator-app of herstelcode", {
          autoComplete: "one-time-code",
          inputMode: "text",
        })}
      <button type="submit" className={buttonClass} disabled={isSubmitting}>
        Inloggen
      </button>
    </form>
  );
}
