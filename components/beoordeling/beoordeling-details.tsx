import { labelOf } from "@/lib/domain/codes";
import type { BeoordelingDto } from "@/lib/beoordeling/queries";
import { datumNl } from "@/components/format-datum";
import { Details } from "@/components/ui/details";

const tijd = (iso: string) =>
  new Date(iso).toLocaleString("nl-NL", { timeZone: "Europe/Amsterdam", dateStyle: "long", timeStyle: "short" });

export function BeoordelingGegevens({ b }: { b: BeoordelingDto }) {
  return (
    <Details
      items={[
        ["Nummer", b.nummer],
        [
          "Status",
          b.definitief ? (
            <strong key="s">Vastgesteld (definitief)</strong>
          ) : (
            <strong key="s">Wacht op vaststelling door een gedragswetenschapper of teamleider</strong>
          ),
        ],
        ["Datum beoordeling", datumNl(b.datum)],
        ["Veiligheidstaxatie", labelOf("G", b.taxatie)],
        ["Inhoud", labelOf("F", b.inhoud)],
        [
          "Toelichting",
          b.toelichting ? (
            <span key="t" className="whitespace-pre-wrap">
              {b.toelichting}
            </span>
          ) : null,
        ],
        ["Besloten met", b.besluitMet],
        ["Vastgelegd door", b.vastgelegdDoor],
        ["Vastgesteld door", b.vastgesteldDoor ? `${b.vastgesteldDoor} op ${tijd(b.vastgesteldOp!)}` : null],
      ]}
    />
  );
}
