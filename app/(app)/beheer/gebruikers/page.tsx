import { requirePage } from "@/lib/auth/guard";
import { listUsers } from "@/lib/beheer/queries";
import { ROLE_LABELS, ROLES } from "@/lib/auth/permissions";
import { PageTitle } from "@/components/page-title";
import { Section } from "@/components/ui/section";
import { NieuweGebruikerForm } from "@/components/beheer/nieuwe-gebruiker-form";
import { GebruikerActies } from "@/components/beheer/gebruiker-acties";

export default async function Gebruikers() {
  const user = await requirePage("user:manage");
  const users = await listUsers(user);
  const rollen = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));
  return (
    <>
      <PageTitle
        title="Gebruikers"
        intro="Accounts en rollen. Uitschakelen of resetten beëindigt direct alle sessies van het account. Uw eigen account beheert u via Mijn account."
      />
      <Section boxed title="Nieuw account">
        <NieuweGebruikerForm rollen={rollen} />
      </Section>
      <table className="w-full border-collapse bg-white text-left">
        <caption className="sr-only">Alle accounts</caption>
        <thead>
          <tr className="border-b">
            {["Gebruikersnaam", "Naam", "Rol", "Status", "Tweede factor", ""].map((h) => (
              <th key={h} scope="col" className="p-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b align-top">
              <td className="p-2">{u.username}</td>
              <td className="p-2">{u.displayName}</td>
              <td className="p-2">{ROLE_LABELS[u.role]}</td>
              <td className="p-2">
                {u.active ? "Actief" : "Uitgeschakeld"}
                {u.mustChangePassword && <span className="block text-sm">Eenmalig wachtwoord, nog niet gebruikt</span>}
                {u.mislukt > 0 && <span className="block text-sm">{u.mislukt} mislukte inlogpoging(en)</span>}
              </td>
              <td className="p-2">{u.tweedeFactor ? "Ingesteld" : "Niet ingesteld"}</td>
              <td className="p-2">{u.id === user.id ? "U zelf" : <GebruikerActies u={u} rollen={rollen} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
