// npm run db:seed. Always the gemeenten (reference data). In demo mode (the embedded database, or VT_DEMO=1) also
// the demo organisation, one demo account per role and — when the database holds no case data — a small realistic
// set of adviezen and casussen in every stage of the protocol. In production nothing else is ever created: the
// first account comes from `npm run user:create`.
import { getPrisma, closePrisma } from "../lib/db/client";
import { isDemoMode } from "../lib/config/mode";
import { loadGemeenten } from "../lib/db/seed/gemeenten";
import { seedUsers } from "../lib/db/seed/users";
import { seedDemoCases } from "../lib/db/seed/demo-cases";
import { todayInAmsterdam } from "../lib/domain/dates";

async function main() {
  const prisma = getPrisma();
  const n = await loadGemeenten(prisma, todayInAmsterdam().getUTCFullYear());
  if (!isDemoMode()) {
    console.log(`[seed] production: ${n} gemeenten; no demo accounts or data`);
    return;
  }
  await prisma.organisatie.upsert({
    where: { id: 1 },
    update: {},
    create: { id: 1, naam: "Veilig Thuis Rotterdam-Rijnmond (demo)", vtRegioCode: "VT18", kvkNummer: "24123456" },
  });
  const users = await seedUsers(prisma);
  const cases = process.env.SEED_NO_CASES ? false : await seedDemoCases(prisma, users);
  console.log(
    `[seed] demo: ${n} gemeenten, ${Object.keys(users).length} accounts${cases ? ", demo casussen and adviezen" : ""}`,
  );
}

main()
  .then(() => closePrisma())
  .then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
