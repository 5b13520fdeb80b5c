import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { roleHas } from "@/lib/auth/permissions";
import { getDienstView } from "@/lib/dienst/queries";
import { zNummer } from "@/lib/dienst/schema";
import { PageTitle } from "@/components/page-title";
import { DienstGegevens } from "@/components/dienst/dienst-gegevens";
import { Kruimelpad } from "@/components/ui/kruimelpad";
import { Notice } from "@/components/ui/tone";

type Params = { params: Promise<{ nummer: string; dienstnummer: string }> };

export default async function DienstPage({ params }: Params) {
  const user = await requirePage("casus:read");
  const { nummer, dienstnummer } = await params;
  const ok = zNummer.safeParse(nummer).success && zNummer.safeParse(dienstnummer).success;
  const dienst = ok ? await getDienstView(user, nummer, dienstnummer) : null;
  if (!dienst) notFound();
  const base = `/casussen/${dienst.casusnummer}`;
  const open = !dienst.casusGesloten;
  const teruggestuurd =
    dienst.status === "LOPEND" && dienst.toelichting.startsWith("Teruggestuurd door")
      ? dienst.toelichting.split("\n\n")[0]
      : null;
  const links: { href: string; label: string }[] = [];
  if (open && roleHas(user.role, "dienst:write") && dienst.status === "LOPEND")
    links.push({ href: `${base}/diensten/${dienst.nummer}/afsluiten`, label: "Afsluiting voorstellen" });
  if (open && roleHas(user.role, "dienst:write") && dienst.status === "AFSLUITING_VOORGESTELD")
    links.push({ href: `${base}/diensten/${dienst.nummer}/afsluiten`, label: "Voorstel tot afsluiten wijzigen" });
  if (
    open &&
    roleHas(user.role, "dienst:confirm") &&
    dienst.status === "AFSLUITING_VOORGESTELD" &&
    dienst.voorgesteldDoorId !== user.id
  ) {
    links.push({ href: `${base}/diensten/${dienst.nummer}/bevestigen`, label: "Afsluiting beoordelen" });
  }
  if (open && roleHas(user.role, "overdracht:write") && dienst.status === "AFGESLOTEN")
    links.push({ href: `${base}/overdracht/nieuw`, label: "Overdracht vastleggen" });
  return (
    <>
      <Kruimelpad casusnummer={dienst.casusnummer} huidige={`${dienst.soortLabel} ${dienst.nummer}`} />
      <PageTitle title={`${dienst.soortLabel} ${dienst.nummer}`} intro={`Dienst in casus ${dienst.casusnummer}.`} />
      {teruggestuurd && (
        <Notice tone="warn" title="Het voorstel tot afsluiten is teruggestuurd">
          {teruggestuurd}
        </Notice>
      )}
      {dienst.status === "AFSLUITING_VOORGESTELD" && (
        <Notice title="Afsluiting wacht op bevestiging">
          {dienst.voorgesteldDoor} heeft voorgesteld de dienst af te sluiten. Een gedragswetenschapper of teamleider
          bevestigt dit (vier ogen).
        </Notice>
      )}
      <DienstGegevens dienst={dienst} />
      {links.length > 0 && (
        <nav aria-label="Vervolgstappen" className="flex flex-wrap gap-3">
          {links.map((l) => (
            <Link
              key={l.href}
              href={l.href}
              className="rounded bg-blue-800 px-4 py-2 font-medium text-white no-underline hover:bg-blue-900"
            >
              {l.label}
            </Link>
          ))}
        </nav>
      )}
    </>
  );
}
