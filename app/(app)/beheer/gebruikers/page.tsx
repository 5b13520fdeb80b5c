import { requirePage } from "@/lib/auth/guard";
import { listUsers } from "@/lib/beheer/queries";
import { UserActiveButton } from "@/components/beheer/user-active-button";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { PageTitle } from "@/components/page-title";

export default async function Gebruikers() {
  const user = await requirePage("user:manage");
  const users = await listUsers(user);
  return (
    <>
      <PageTitle
        title="Gebruikers"
        intro="Accounts en rollen. Een account uitschakelen beëindigt direct alle sessies."
      />
      <table className="w-full border-collapse bg-white text-left">
        <thead>
          <tr className="border-b">
            {["Gebruikersnaam", "Naam", "Rol", "Status", ""].map((h) => (
              <th key={h} scope="col" className="p-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b">
              <td className="p-2">{u.username}</td>
              <td className="p-2">{u.displayName}</td>
              <td className="p-2">{ROLE_LABELS[u.role]}</td>
              <td className="p-2">{u.active ? "Actief" : "Uitgeschakeld"}</td>
              <td className="p-2">
                {u.id !== user.id && (
                  <UserActiveButton userId={u.id} username={u.username} active={u.active} version={u.version} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
