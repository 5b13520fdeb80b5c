// Generated from the permission map: every command of the app (every defineCommand in lib/) refuses every role
// the map does not give its permission — Forbidden, nothing stored, a DENIED audit event naming the permission —
// and lets the roles that have it through to the input check. Pages and routes: e2e/rollen/weigeringen.spec.ts.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { makeUser } from "@/lib/testing/factories";
import type { Actor } from "./audit";
import type { Command } from "./door";
import { Forbidden } from "./errors";
import { ROLES, roleHas } from "./permissions";

function filesWithCommands(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const f = path.join(dir, e.name);
    if (e.isDirectory()) return filesWithCommands(f);
    const isSource = f.endsWith(".ts") && !f.includes(".test.") && !f.endsWith(path.join("auth", "door.ts"));
    return isSource && fs.readFileSync(f, "utf8").includes("defineCommand(") ? [f] : [];
  });
}

const isCommand = (v: unknown): v is Command<unknown> =>
  typeof v === "function" && typeof (v as { permission?: unknown }).permission === "string";

const db = freshTestDb();
const users = {} as Record<Role, Actor>;
const commands: { name: string; command: Command<unknown> }[] = [];

beforeAll(async () => {
  for (const role of ROLES) users[role] = await makeUser(db.prisma, role);
  for (const file of filesWithCommands(path.resolve("lib"))) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, v] of Object.entries(mod))
      if (isCommand(v)) commands.push({ name: `${path.relative("lib", file)}:${name}`, command: v });
  }
});

test("every command of the app is found (the registry is not empty by accident)", () => {
  expect(commands.length).toBeGreaterThanOrEqual(20);
});

test("each command refuses the roles without its permission, audited, and admits the others to the input check", async () => {
  for (const { name, command } of commands) {
    for (const role of ROLES) {
      const user = users[role];
      const e = await command({}, user).then(
        () => null,
        (x: unknown) => x,
      );
      if (roleHas(role, command.permission)) {
        expect(e, `${name} as ${role}`).not.toBeInstanceOf(Forbidden);
        continue;
      }
      expect(e, `${name} as ${role}`).toBeInstanceOf(Forbidden);
      const denied = await db.prisma.auditEvent.findFirst({ where: { userId: user.id }, orderBy: { id: "desc" } });
      expect(denied, `${name} as ${role}`).toMatchObject({
        outcome: "DENIED",
        role,
        detail: `permission ${command.permission} refused`,
      });
    }
  }
});
