// npm run user:create -- --username <u> --naam "<naam>" --rol <ROL>
// Creates an account with a one-time password and prints it as the last line, exactly `wachtwoord=<password>`.
// The first login with it sets a password of one's own and enrols the second factor. Audited.
import { getPrisma, closePrisma } from "../lib/db/client";
import { writeAudit } from "../lib/auth/audit";
import { ZNieuweGebruiker } from "../lib/beheer/schema";
import { createAccount } from "../lib/beheer/accounts";
import { ValidationFailed } from "../lib/auth/errors";
import { toFieldErrors } from "../lib/auth/zod-errors";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const parsed = ZNieuweGebruiker.safeParse({ username: arg("username"), displayName: arg("naam"), role: arg("rol") });
  if (!parsed.success) {
    for (const [field, message] of Object.entries(toFieldErrors(parsed.error))) console.error(`${field}: ${message}`);
    console.error(
      'Gebruik: npm run user:create -- --username <u> --naam "<naam>" --rol <TRIAGE|CASEMANAGER|GEDRAGSWETENSCHAPPER|TEAMLEIDER|BEHEERDER>',
    );
    return 2;
  }
  const prisma = getPrisma();
  try {
    const u = await prisma.$transaction(async (tx) => {
      const created = await createAccount(tx, parsed.data);
      await writeAudit(tx, {
        actor: null,
        username: "opdrachtregel",
        action: "CREATE",
        entityType: "user",
        entityId: created.id,
        detail: `account created by user:create, role ${parsed.data.role}`,
      });
      return created;
    });
    console.log(`Account ${u.username} (${parsed.data.role}) gemaakt. Geef het eenmalige wachtwoord veilig door.`);
    console.log(`wachtwoord=${u.password}`);
    return 0;
  } catch (e) {
    if (e instanceof ValidationFailed) {
      for (const m of Object.values(e.fieldErrors)) console.error(m);
      return 1;
    }
    throw e;
  }
}

main()
  .then(async (code) => {
    await closePrisma();
    process.exit(code);
  })
  .catch(async (e) => {
    console.error(e);
    await closePrisma();
    process.exit(1);
  });
