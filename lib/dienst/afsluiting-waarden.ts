// The closing form's values from a dienst's stored closing (a proposal being edited, or a confirmed one corrected).
// Plain data for server pages; the form is a client component (components/dienst/dienst-afsluiting-form.tsx).
import type { TDienstAfsluitingInput } from "./schema";

export type AfsluitingDefaults = Omit<TDienstAfsluitingInput, "casusnummer" | "dienstId" | "version">;
export function opgeslagenAfsluiting(d: {
  einddatum: string | null;
  aardConclusie: string[];
  aanvullendeInformatie: string[];
  duur: string;
  uitkomstOnderzoek: string;
  redenVoortijdig: string;
  toelichting: string | null;
}): AfsluitingDefaults {
  return {
    einddatum: d.einddatum ?? "",
    aardConclusie: d.aardConclusie,
    aanvullendeInformatie: d.aanvullendeInformatie,
    duur: d.duur,
    uitkomst: d.uitkomstOnderzoek.split(""),
    voortijdig: d.redenVoortijdig !== "00",
    redenVoortijdig: d.redenVoortijdig === "00" ? "" : d.redenVoortijdig,
    toelichting: d.toelichting,
  };
}
