import { requirePage } from "@/lib/auth/guard";
import { getAccount } from "@/lib/account/queries";
import { PageTitle } from "@/components/page-title";
import { Section } from "@/components/ui/section";
import { WachtwoordWijzigenForm } from "@/components/account/wachtwoord-wijzigen-form";
import { HerstelcodesForm } from "@/components/account/herstelcodes-form";
import { Sessies } from "@/components/account/sessies";

export default async function MijnAccount() {
  const user = await requirePage("account:self");
  const account = await getAccount(user);
  return (
    <>
      <PageTitle title="Mijn account" intro={`${account.naam} (${user.username})`} />
      <Section boxed title="Wachtwoord">
        <WachtwoordWijzigenForm />
      </Section>
      <Section boxed title="Tweede factor">
        {account.totpEnabled ? (
          <HerstelcodesForm over={account.herstelcodes} />
        ) : (
          <p>Dit demo-account heeft geen tweede factor. In productie heeft elk account er een.</p>
        )}
      </Section>
      <Section boxed title="Sessies">
        <Sessies sessions={account.sessions} />
      </Section>
    </>
  );
}
