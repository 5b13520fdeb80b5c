"use client";
// Prints the page (the navigation and buttons are left out by the print styles).
export function PrintKnop() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded border border-slate-500 px-3 py-2 print:hidden"
    >
      Afdrukken
    </button>
  );
}
