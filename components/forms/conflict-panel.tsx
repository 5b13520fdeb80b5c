"use client";
// After a stale save: the version as it is saved now, beside the user's own (unsaved) input in the form.
import type { ConflictInfo } from "@/lib/auth/action-result";
import { momentNl } from "@/components/format-datum";

type Props = {
  conflict: ConflictInfo;
  title: string;
  fields: string[];
  onResave: () => void;
  onTake: (field: string, text: string) => void;
};

export function ConflictPanel({ conflict, title, fields, onResave, onTake }: Props) {
  const takeable = conflict.current.filter((c) => c.text && fields.includes(c.field));
  return (
    <section aria-label={title} className="mb-4 rounded border border-amber-800 bg-amber-50 p-4 text-amber-950">
      <h2 className="mb-2 text-lg font-semibold">{title}</h2>
      <dl className="mb-3 grid grid-cols-1 gap-x-4 sm:grid-cols-[12rem_1fr]">
        {conflict.current.map((c) => (
          <div key={c.field} className="contents">
            <dt className="font-medium">{c.label}</dt>
            <dd className="whitespace-pre-line">{c.value}</dd>
          </div>
        ))}
        <dt className="font-medium">Laatst gewijzigd</dt>
        <dd>
          {conflict.changedAt ? `${momentNl(conflict.changedAt)} door ${conflict.changedBy}` : conflict.changedBy}
        </dd>
      </dl>
      <p className="mb-3">
        Uw eigen invoer staat nog in het formulier en is niet opgeslagen. Vergelijk beide; wilt u uw invoer toch
        vastleggen, dan gaat die over de huidige versie heen.
      </p>
      <div className="flex flex-wrap gap-3">
        {takeable.map((c) => (
          <button
            key={c.field}
            type="button"
            onClick={() => onTake(c.field, c.text!)}
            className="rounded border border-amber-900 bg-white px-4 py-2 font-medium"
          >
            {`Huidige ${c.label.toLowerCase()} toevoegen aan mijn ${c.label.toLowerCase()}`}
          </button>
        ))}
        <button
          type="button"
          onClick={onResave}
          className="rounded border border-amber-900 bg-white px-4 py-2 font-medium"
        >
          Mijn invoer opslaan over de huidige versie
        </button>
      </div>
    </section>
  );
}
