// npm run db:seed: organisation, gemeenten, one demo user per role and (when the database holds no case data)
// a small realistic set of adviezen and casussen in every stage of the protocol.
import { getPrisma, closePrisma } from "../lib/db/client";
import { loadGemeenten } from "../lib/db/seed/gemeenten";
import { seedUsers } from "../lib/db/seed/users";
import { seedDemoCases } from "../lib/db/seed/demo-cases";
import { todayInAmsterdam } from "../lib/domain/dates";

async function main() {
  const prisma = getPrisma();
  await prisma.organisatie.upsert({
    where: { id: 1 },
    update: {},
    create: { id: 1, naam: "Veilig Thuis Rotterdam-Rijnmond (demo)", vtRegioCode: "VT18", kvkNummer: "24123456" },
  });
  const n = await loadGemeenten(prisma, todayInAmsterdam().getUTCFullYear());
  const users = await seedUsers(prisma);
  const cases = process.env.SEED_NO_CASES ? false : await seedDemoCases(prisma, users);
  console.log(
    `[seed] ${n} gemeenten, ${Object.keys(users).length} users${cases ? ", demo casussen and adviezen" : ""}`,
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
