"use client";
// One polite status line for a page with many assignment forms: after a successful assignment the row moves to
// another list (its form unmounts), so the confirmation is announced here instead of beside the form.
import { createContext, useContext, useState, type ReactNode } from "react";

const Ctx = createContext<((text: string) => void) | null>(null);

export function AssignStatusProvider({ children }: { children: ReactNode }) {
  const [text, setText] = useState("");
  return (
    <Ctx.Provider value={setText}>
      <p
        role="status"
        aria-live="polite"
        className={text ? "mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900" : "sr-only"}
      >
        {text}
      </p>
      {children}
    </Ctx.Provider>
  );
}

export function useAnnounce() {
  return useContext(Ctx);
}
