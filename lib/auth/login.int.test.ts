import { beforeAll, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { attemptLogin } from "./login";
import { resolveSession } from "./sessions";
import { hashPassword } from "./password";
import { ABSOLUTE_LIFETIME_MS, IDLE_TIMEOUT_MS } from "./session-policy";

const db = freshTestDb();
beforeAll(async () => {
  const passwordHash = await hashPassword("Goed-wachtwoord-1");
  await db.prisma.user.createMany({
    data: [
      { username: "anna", displayName: "Anna", role: "TRIAGE", passwordHash },
      { username: "bert", displayName: "Bert", role: "CASEMANAGER", passwordHash },
      { username: "cees", displayName: "Cees", role: "TEAMLEIDER", passwordHash },
    ],
  });
});

test("a correct login makes a session row and a LOGIN audit event", async () => {
  const r = await attemptLogin({ username: "anna", password: "Goed-wachtwoord-1" }, "10.0.0.1");
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(await resolveSession(r.sessionId, "10.0.0.1")).toMatchObject({ username: "anna", role: "TRIAGE" });
  const ev = await db.prisma.auditEvent.findFirst({ where: { action: "LOGIN", outcome: "SUCCESS", username: "anna" } });
  expect(ev?.clientAddress).toBe("10.0.0.1");
});

test("wrong, malformed and hostile input: refused and audited as a failure", async () => {
  for (const input of [
    { username: "anna", password: "fout" },
    { username: "", password: "x" },
    { username: "anna", password: "x".repeat(10_000) },
    { username: "' OR 1=1 --", password: "x" },
    null,
  ]) {
    expect(await attemptLogin(input, "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
  }
  expect(
    await db.prisma.auditEvent.count({ where: { action: "LOGIN", outcome: "FAILURE", clientAddress: "10.0.0.2" } }),
  ).toBe(5);
});

test("failures slow an account down only at the address they come from; a worker elsewhere still logs in", async () => {
  for (let i = 0; i < 6; i++) {
    await db.prisma.loginFailure.create({
      data: { username: "bert", clientAddress: "198.51.100.66", at: new Date(Date.now() - 1000) },
    });
  }
  // The guesser must wait at its own address, even with the right password …
  const there = await attemptLogin({ username: "bert", password: "Goed-wachtwoord-1" }, "198.51.100.66");
  expect(there).toMatchObject({ ok: false, reason: "wait" });
  // … while Bert at his own desk is not held up at all.
  expect((await attemptLogin({ username: "bert", password: "Goed-wachtwoord-1" }, "10.1.0.99")).ok).toBe(true);
  const delayed = await db.prisma.auditEvent.findFirst({
    where: { clientAddress: "198.51.100.66", outcome: "FAILURE" },
    orderBy: { id: "desc" },
  });
  expect(delayed?.detail).toMatch(/^delayed \d+s$/);
});

test("throttled per address after 20 failures, whatever account is tried", async () => {
  for (let i = 0; i < 20; i++) await attemptLogin({ username: `gok${i}`, password: "fout" }, "10.2.0.1");
  expect(await attemptLogin({ username: "cees", password: "Goed-wachtwoord-1" }, "10.2.0.1")).toEqual({
    ok: false,
    reason: "address",
  });
  expect((await attemptLogin({ username: "cees", password: "Goed-wachtwoord-1" }, "10.2.0.2")).ok).toBe(true);
});

test("a name with CR, LF or a NUL byte is refused like any wrong login and logged escaped, never a database error", async () => {
  for (const username of ["anna\r\nLOGIN SUCCESS admin", "anna\u0000", "\u0000"]) {
    expect(await attemptLogin({ username, password: "x" }, "10.4.0.1")).toEqual({ ok: false, reason: "invalid" });
  }
  const names = (
    await db.prisma.auditEvent.findMany({ where: { clientAddress: "10.4.0.1" }, select: { username: true } })
  ).map((e) => e.username);
  expect(names).toEqual(["anna\\u000d\\u000aLOGIN SUCCESS admin", "anna\\u0000", "\\u0000"]);
});

test("idle timeout, absolute lifetime and a disabled account end the session at once", async () => {
  const login = async () => {
    const r = await attemptLogin({ username: "cees", password: "Goed-wachtwoord-1" }, "10.3.0.1");
    if (!r.ok) throw new Error("login failed");
    return r.sessionId;
  };
  const idle = await login();
  await db.prisma.session.update({
    where: { id: idle },
    data: { lastSeenAt: new Date(Date.now() - IDLE_TIMEOUT_MS - 1000) },
  });
  expect(await resolveSession(idle, null)).toBeNull();
  expect((await db.prisma.session.findUniqueOrThrow({ where: { id: idle } })).endReason).toBe("idle_timeout");

  const old = await login();
  await db.prisma.session.update({
    where: { id: old },
    data: { createdAt: new Date(Date.now() - ABSOLUTE_LIFETIME_MS - 2000), expiresAt: new Date(Date.now() - 1000) },
  });
  expect(await resolveSession(old, null)).toBeNull();

  const live = await login();
  expect(await resolveSession(live, null)).not.toBeNull();
  await db.prisma.user.update({ where: { username: "cees" }, data: { active: false } });
  expect(await resolveSession(live, null)).toBeNull();
  expect(await resolveSession("not-a-uuid", null)).toBeNull();
});
