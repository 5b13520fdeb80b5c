"use client";
// After a conflict: the dienst as it is saved now, beside the user's own (unsaved) input in the form below.
import type { DienstStand } from "@/lib/dienst/queries";
import { datumNl, momentNl } from "@/components/format-datum";

export function ConflictPanel({ stand, onResave, resaveLabel, onTakeToelichting }: { stand: DienstStand; onResave: () => void; resaveLabel: string; onTakeToelichting?: () => void }) {
  return (
    <section aria-labelledby="stand-titel" className="mb-4 rounded border border-amber-800 bg-amber-50 p-4 text-amber-950">
      <h2 id="stand-titel" className="mb-2 text-lg font-semibold">Zo staat de dienst nu opgeslagen</h2>
      <dl className="mb-3 grid grid-cols-1 gap-x-4 sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium">Status</dt><dd>{stand.statusLabel}</dd>
        <dt className="font-medium">Einddatum</dt><dd>{stand.einddatum ? datumNl(stand.einddatum) : "—"}</dd>
        <dt className="font-medium">Aard (conclusie)</dt><dd>{stand.aard}</dd>
        <dt className="font-medium">Toelichting</dt><dd className="whitespace-pre-line">{stand.toelichting || "—"}</dd>
        <dt className="font-medium">Laatst gewijzigd</dt><dd>{momentNl(stand.gewijzigdOp)}{stand.gewijzigdDoor ? ` door ${stand.gewijzigdDoor}` : ""}</dd>
      </dl>
      <p className="mb-3">Uw eigen invoer staat hieronder nog in het formulier en is niet opgeslagen. Vergelijk beide; wilt u uw invoer toch vastleggen, dan gaat die over de huidige versie heen.</p>
      <div className="flex flex-wrap gap-3">
        {onTakeToelichting && stand.toelichting && (
          <button type="button" onClick={onTakeToelichting} className="rounded border border-amber-900 bg-white px-4 py-2 font-medium">Huidige toelichting toevoegen aan mijn toelichting</button>
        )}
        <button type="button" onClick={onResave} className="rounded border border-amber-900 bg-white px-4 py-2 font-medium">{resaveLabel}</button>
      </div>
    </section>
  );
}
