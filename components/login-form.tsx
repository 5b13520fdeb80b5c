"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { ZLoginForm, LOGIN_FAILED_MESSAGE, LOGIN_THROTTLED_MESSAGE, type TLoginForm } from "@/lib/auth/schema";
import { Field, describedBy, inputClass, buttonClass } from "@/components/forms/field";

/** The login form; `onLoggedIn` keeps the user on the page (the session-expired dialog) instead of the start page. */
export function LoginForm({ onLoggedIn }: { onLoggedIn?: () => void } = {}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<TLoginForm>({ resolver: zodResolver(ZLoginForm) });

  async function onSubmit(values: TLoginForm) {
    setFormError(null);
    const res = await signIn("credentials", { ...values, redirect: false });
    if (res?.ok && !res.error) {
      if (onLoggedIn) return onLoggedIn();
      router.replace("/");
      router.refresh();
      return;
    }
    setFormError(res?.error === "throttled" ? LOGIN_THROTTLED_MESSAGE : LOGIN_FAILED_MESSAGE);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-describedby={formError ? "login-error" : undefined}>
      {formError && (
        <p id="login-error" role="alert" className="mb-4 rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {formError}
        </p>
      )}
      <Field id="username" label="Gebruikersnaam" error={errors.username?.message}>
        <input
          id="username"
          autoComplete="username"
          className={inputClass}
          aria-invalid={!!errors.username}
          aria-describedby={describedBy("username", errors.username?.message)}
          {...register("username")}
        />
      </Field>
      <Field id="password" label="Wachtwoord" error={errors.password?.message}>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          className={inputClass}
          aria-invalid={!!errors.password}
          aria-describedby={describedBy("password", errors.password?.message)}
          {...register("password")}
        />
      </Field>
      <button type="submit" className={buttonClass} disabled={isSubmitting}>
        Inloggen
      </button>
    </form>
  );
}
