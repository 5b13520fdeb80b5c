// Figures over generated casussen (pure), to compare the model with the published shares and volumes.
import { diffDays } from "@/lib/domain/dates";
import { isBeoordelingOnTime } from "@/lib/domain/werkdagen";
import { yearBounds } from "./generator";
import type { GenCasus } from "./types";

const share = (n: number, d: number) => (d === 0 ? 0 : Math.round((1000 * n) / d) / 1000);

export function summarize(casussen: Iterable<GenCasus>, jaar: number) {
  const { start, end } = yearBounds(jaar);
  const inYear = (d: Date) => d >= start && d <= end;
  const c = {
    casussen: 0,
    gestart: 0,
    openBijStart: 0,
    openBijEinde: 0,
    geslotenInJaar: 0,
    hermelding: 0,
    betrokkenen: 0,
    meldingen: 0,
    politie: 0,
    zonderBeoordeling: 0,
    beoordelingen: 0,
    taxatie0102: 0,
    inhoud01: 0,
    inhoud02: 0,
    opTijd: 0,
    onbevestigd: 0,
    onderzoeken: 0,
    vv: 0,
    onderzoekGesloten: 0,
    onderzoekBinnen10w: 0,
    km: 0,
    kmBevestigd: 0,
    dienstenOpen: 0,
    overdrachten: 0,
    overdrachtPersonen: 0,
    monitoring: 0,
  };
  for (const k of casussen) {
    c.casussen++;
    c.betrokkenen += k.personen.length;
    if (inYear(k.begindatum)) {
      c.gestart++;
      if (k.hermelding) c.hermelding++;
    } else if (k.einddatum === null || k.einddatum >= start) c.openBijStart++;
    if (k.einddatum === null) c.openBijEinde++;
    else if (inYear(k.einddatum)) c.geslotenInJaar++;
    for (const m of k.meldingen) {
      if (!inYear(m.datum)) continue;
      c.meldingen++;
      if (m.functieRol === "33") c.politie++;
      const b = m.beoordeling;
      if (!b) {
        c.zonderBeoordeling++;
        continue;
      }
      c.beoordelingen++;
      if (b.taxatie === "01" || b.taxatie === "02") c.taxatie0102++;
      if (b.inhoud === "01") c.inhoud01++;
      if (b.inhoud === "02") c.inhoud02++;
      if (isBeoordelingOnTime(m.datum, b.datum)) c.opTijd++;
      if (b.vastgesteldDoorId === null) c.onbevestigd++;
    }
    for (const d of k.diensten) {
      if (d.einddatum === null) c.dienstenOpen++;
      if (!inYear(d.startdatum)) continue;
      if (d.soort === "V") {
        c.vv++;
        continue;
      }
      c.onderzoeken++;
      if (d.status !== "AFGESLOTEN" || d.einddatum === null) continue;
      c.onderzoekGesloten++;
      const tb = k.meldingen[d.meldingIndex].beoordeling!.datum;
      if (diffDays(tb, d.einddatum) <= 70) c.onderzoekBinnen10w++;
      if (d.uitkomstOnderzoek[0] !== "0") {
        c.km++;
        if (d.uitkomstOnderzoek[0] === "1") c.kmBevestigd++;
      }
    }
    for (const o of k.overdrachten)
      if (inYear(o.datum)) {
        c.overdrachten++;
        c.overdrachtPersonen += o.pvns.length;
      }
    c.monitoring += k.monitoring.filter((m) => inYear(m.datum)).length;
  }
  return {
    ...c,
    shares: {
      politie: share(c.politie, c.meldingen),
      taxatie0102: share(c.taxatie0102, c.beoordelingen),
      inhoud01: share(c.inhoud01, c.beoordelingen),
      inhoud02: share(c.inhoud02, c.beoordelingen),
      opTijd: share(c.opTijd, c.beoordelingen),
      onderzoekBinnen10w: share(c.onderzoekBinnen10w, c.onderzoekGesloten),
      kmBevestigd: share(c.kmBevestigd, c.km),
      onderzoekVanDiensten: share(c.onderzoeken, c.onderzoeken + c.vv),
      openBijEinde: share(c.openBijEinde, c.gestart + c.openBijStart),
      hermelding: share(c.hermelding, c.gestart),
      meldingenPerGestart: share(c.meldingen, c.gestart),
      overdrachtPersonenPerGestart: share(c.overdrachtPersonen, c.gestart),
      betrokkenenPerCasus: share(c.betrokkenen, c.casussen),
    },
  };
}
