"use client";
// Gemeente from the list of the year of the form's date (fetched when the year changes), or "Onbekend".
import { useEffect, useRef, useState } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { Select } from "@/components/forms/inputs";
import { listGemeentenAction } from "@/lib/gemeenten/actions";
import type { GemeenteLijst } from "@/lib/gemeenten/queries";
import { GEMEENTE_ONBEKEND } from "@/lib/gemeenten/schema";

export function useGemeenteLijst(initial: GemeenteLijst, datumIso: string | undefined): GemeenteLijst {
  const [lijst, setLijst] = useState(initial);
  // The year last asked for: a year without a list of its own gets the latest list, so compare with what was asked.
  const gevraagd = useRef(initial.jaar);
  const jaar = /^\d{4}-/.test(datumIso ?? "") ? Number(datumIso!.slice(0, 4)) : null;
  useEffect(() => {
    if (jaar === null || jaar === gevraagd.current || jaar < 1990 || jaar > 2100) return;
    gevraagd.current = jaar;
    let stale = false;
    listGemeentenAction({ jaar }).then((r) => {
      if (!stale && r.ok && r.data.gemeenten.length) setLijst(r.data);
    });
    return () => {
      stale = true;
    };
  }, [jaar]);
  return lijst;
}

export function GemeenteSelect({
  id,
  lijst,
  reg,
  error,
  hint,
}: {
  id: string;
  lijst: GemeenteLijst;
  reg: UseFormRegisterReturn;
  error?: FieldError;
  hint?: string;
}) {
  const options = [
    { value: GEMEENTE_ONBEKEND, label: "Onbekend" },
    ...lijst.gemeenten.map((g) => ({ value: g.code, label: g.naam })),
  ];
  return (
    <Select
      id={id}
      label="Gemeente"
      options={options}
      reg={reg}
      error={error}
      hint={hint ?? `Gemeenten van ${lijst.jaar}.`}
    />
  );
}
