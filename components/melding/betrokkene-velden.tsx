"use client";
// The fields of a new person. Without a BSN: achternaam, voornamen, geboortedatum, postcode and huisnummer.
import { useState } from "react";
import { CodeSelect, Select, TextInput } from "@/components/forms/inputs";
import { inputClass } from "@/components/forms/field";
import { GEBOORTEDATUM_INVOER_HINT } from "@/lib/betrokkene/geboortedatum-invoer";
import { BETROKKENE_ROLLEN, ROL_LABELS } from "@/lib/betrokkene/schema";
import type { MeldingFormApi } from "./types";

export const ROL_OPTIES = BETROKKENE_ROLLEN.map((r) => ({ value: r, label: ROL_LABELS[r] }));

export function BetrokkeneVelden({ form, i }: { form: MeldingFormApi; i: number }) {
  const {
    register,
    watch,
    formState: { errors },
  } = form;
  const e = errors.betrokkenen?.[i];
  const id = (k: string) => `b${i}-${k}`;
  const reg = <
    K extends
      | "bsn"
      | "geboortedatum"
      | "achternaam"
      | "tussenvoegsel"
      | "voornamen"
      | "straat"
      | "huisnummer"
      | "postcode"
      | "woonplaats"
      | "telefoon",
  >(
    k: K,
  ) => register(`betrokkenen.${i}.${k}`);
  const ongeboren = watch(`betrokkenen.${i}.ongeboren`);
  return (
    <div>
      <p className="mb-3 text-sm text-slate-700">
        Zonder BSN zijn achternaam, voornamen, geboortedatum, postcode en huisnummer verplicht.
      </p>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Select
          id={id("rol")}
          label="Rol in de casus"
          options={ROL_OPTIES}
          reg={register(`betrokkenen.${i}.rol`)}
          error={e?.rol}
        />
        <CodeSelect
          id={id("geslacht")}
          label="Geslacht"
          lijst="K"
          reg={register(`betrokkenen.${i}.geslacht`)}
          error={e?.geslacht}
        />
      </div>
      <div className="mb-4">
        <label className="flex items-center gap-2">
          <input type="checkbox" aria-describedby={id("ongeboren-hint")} {...register(`betrokkenen.${i}.ongeboren`)} />
          <span>Ongeboren kind</span>
        </label>
        <p id={id("ongeboren-hint")} className="text-sm text-slate-600">
          Wordt geregistreerd met het BSN en de geboortedatum voor ongeboren (999999999 en 99999999).
        </p>
      </div>
      {!ongeboren && (
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextInput
            id={id("bsn")}
            label="BSN"
            inputMode="numeric"
            reg={reg("bsn")}
            error={e?.bsn}
            hint="9 cijfers; leeg laten als het BSN onbekend is."
          />
          <TextInput
            id={id("geboortedatum")}
            label="Geboortedatum"
            reg={reg("geboortedatum")}
            error={e?.geboortedatum}
            hint={GEBOORTEDATUM_INVOER_HINT}
          />
        </div>
      )}
      <div className="grid gap-x-4 sm:grid-cols-[1fr_8rem_1fr]">
        <TextInput id={id("voornamen")} label="Voornamen" reg={reg("voornamen")} error={e?.voornamen} />
        <TextInput id={id("tussenvoegsel")} label="Tussenvoegsel" reg={reg("tussenvoegsel")} error={e?.tussenvoegsel} />
        <TextInput id={id("achternaam")} label="Achternaam" reg={reg("achternaam")} error={e?.achternaam} />
      </div>
      <ZelfdeAdres form={form} i={i} />
      <div className="grid gap-x-4 sm:grid-cols-[1fr_8rem_8rem]">
        <TextInput id={id("straat")} label="Straat" reg={reg("straat")} error={e?.straat} />
        <TextInput id={id("huisnummer")} label="Huisnummer" reg={reg("huisnummer")} error={e?.huisnummer} />
        <TextInput id={id("postcode")} label="Postcode" reg={reg("postcode")} error={e?.postcode} hint="1234 AB" />
      </div>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextInput id={id("woonplaats")} label="Woonplaats" reg={reg("woonplaats")} error={e?.woonplaats} />
        <TextInput id={id("telefoon")} label="Telefoon" type="tel" reg={reg("telefoon")} error={e?.telefoon} />
      </div>
    </div>
  );
}

const ADRES = ["straat", "huisnummer", "postcode", "woonplaats"] as const;

/** "Zelfde adres als …": copies the address of another new person of this melding (one household, typed once). */
function ZelfdeAdres({ form, i }: { form: MeldingFormApi; i: number }) {
  const [overgenomen, setOvergenomen] = useState<string | null>(null);
  const personen = form.watch("betrokkenen") ?? [];
  const bronnen = personen
    .map((b, j) => ({ b, j }))
    .filter(({ b, j }) => j !== i && b.modus === "nieuw" && (b.straat || b.postcode));
  if (bronnen.length === 0) return null;
  const naam = (j: number) => {
    const b = personen[j];
    const n = [b.voornamen, b.tussenvoegsel, b.achternaam].filter(Boolean).join(" ");
    const adres = [[b.straat, b.huisnummer].filter(Boolean).join(" "), b.postcode].filter(Boolean).join(", ");
    return `Betrokkene ${j + 1}${n ? `: ${n}` : ""} (${adres})`;
  };
  const id = `b${i}-zelfde-adres`;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="mb-1 block font-medium">
        Zelfde adres als …
      </label>
      <select
        id={id}
        className={inputClass}
        value=""
        aria-describedby={`${id}-status`}
        onChange={(e) => {
          const j = Number(e.target.value);
          if (e.target.value === "" || !personen[j]) return;
          for (const k of ADRES) form.setValue(`betrokkenen.${i}.${k}`, personen[j][k] ?? "", { shouldDirty: true });
          setOvergenomen(`Adres overgenomen van betrokkene ${j + 1}.`);
        }}
      >
        <option value="">— kies een betrokkene van dit huishouden —</option>
        {bronnen.map(({ j }) => (
          <option key={j} value={j}>
            {naam(j)}
          </option>
        ))}
      </select>
      <p id={`${id}-status`} role="status" className="text-sm text-slate-700">
        {overgenomen}
      </p>
    </div>
  );
}
