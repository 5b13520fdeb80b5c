// How a deadline (termijn) reads to a case manager: the date, and in words whether it is near or overdue.
// "Verlopen" is always spelled out, so the state never depends on colour alone.
import { diffDays, formatDatumNl } from "@/lib/domain/dates";

export type TermijnStand = { datum: string; tekst: string; verlopen: boolean; dagen: number };

const dagenTekst = (n: number) => `${n} ${n === 1 ? "dag" : "dagen"}`;

/** `deadline` and `today` are UTC-midnight dates; `dagen` is deadline − today (negative when overdue). */
export function describeTermijn(deadline: Date, today: Date): TermijnStand {
  const dagen = diffDays(today, deadline);
  const datum = formatDatumNl(deadline);
  if (dagen < 0) return { datum, dagen, verlopen: true, tekst: `${datum} — verlopen, ${dagenTekst(-dagen)} te laat` };
  if (dagen === 0) return { datum, dagen, verlopen: false, tekst: `${datum} — vandaag` };
  return { datum, dagen, verlopen: false, tekst: `${datum} — over ${dagenTekst(dagen)}` };
}
