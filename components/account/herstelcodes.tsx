// Recovery codes, shown once after they are made.
export function Herstelcodes({ codes }: { codes: string[] }) {
  return (
    <section aria-labelledby="herstelcodes-titel" className="mb-4 rounded border border-amber-800 bg-amber-50 p-4">
      <h2 id="herstelcodes-titel" className="mb-2 text-lg font-semibold">
        Uw herstelcodes
      </h2>
      <p className="mb-3">
        Bewaar deze tien codes op een veilige plek, bijvoorbeeld in uw wachtwoordkluis. Met elke code kunt u één keer
        inloggen als u uw telefoon niet bij de hand heeft. Ze worden niet nog eens getoond.
      </p>
      <ol className="grid grid-cols-2 gap-1 font-mono" aria-label="Herstelcodes">
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ol>
    </section>
  );
}
