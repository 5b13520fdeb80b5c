// The second factor end to end on a real database: enrolment, login with a code, a code accepted only once,
// recovery codes, and an account being set up that can open nothing else.
import { beforeAll, describe, expect, test } from "vitest";
import { generate } from "otplib";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { setOwnPassword, startTotpEnrolment, confirmTotp, changePassword, endOwnSession } from "@/lib/account/commands";
import { createUser, resetUser, setUserActive, setUserRole, unlockUser } from "@/lib/beheer/commands";
import { Forbidden, RuleViolation, ValidationFailed } from "./errors";
import { attemptLogin } from "./login";
import { resolveSession } from "./sessions";
import { hashPassword } from "./password";
import { listUsers } from "@/lib/beheer/queries";
import type { Actor } from "./audit";

const db = freshTestDb();
let beheerder: Actor;

beforeAll(async () => {
  const u = await db.prisma.user.create({
    data: {
      username: "bram",
      displayName: "Bram",
      role: "BEHEERDER",
      passwordHash: await hashPassword("beheer-wachtwoord-lang"),
    },
  });
  beheerder = { id: u.id, username: u.username, role: u.role };
});

/** Logs in and returns the session's user (pending or not). */
async function login(username: string, password: string, code?: string, address = "10.9.0.1") {
  const r = await attemptLogin({ username, password, code }, address);
  if (!r.ok) return r;
  return { ok: true as const, user: (await resolveSession(r.sessionId, address))! };
}

describe("a new account", () => {
  test("starts with a one-time password; the session opens only its own setup until both steps are done", async () => {
    const { password } = await createUser({ username: "nina", displayName: "Nina de Boer", role: "TRIAGE" }, beheerder);
    const first = await login("nina", password);
    if (!first.ok) throw new Error("login failed");
    expect(first.user.pending).toBe(true);
    // nothing else opens while the account is being set up
    await expect(
      createUser({ username: "x", displayName: "X", role: "TRIAGE" }, { ...first.user, role: "BEHEERDER" }),
    ).rejects.toBeInstanceOf(Forbidden);

    // step 1: a password of one's own, by the rules
    const weak = await setOwnPassword({ nieuw: "welkom123456", herhaal: "welkom123456" }, first.user).catch((e) => e);
    expect(weak).toBeInstanceOf(ValidationFailed);
    expect(weak.fieldErrors.nieuw).toMatch(/veelgebruikte|te makkelijk/);
    expect(
      (await setOwnPassword({ nieuw: "nina-de-boer-x", herhaal: "nina-de-boer-x" }, first.user).catch((e) => e))
        .fieldErrors.nieuw,
    ).toMatch(/gebruikersnaam/);
    await setOwnPassword({ nieuw: "blauwe fiets op de dijk", herhaal: "blauwe fiets op de dijk" }, first.user);

    // step 2: the second factor, confirmed with a first code; ten recovery codes come back once
    const e = await startTotpEnrolment({}, first.user);
    expect(e.uri).toMatch(/^otpauth:\/\/totp\/Veilig%20Thuis:nina\?secret=/);
    expect(e.qr).toMatch(/^data:image\/png;base64,/);
    expect((await startTotpEnrolment({}, first.user)).secret).toBe(e.secret); // a reload shows the same secret
    expect(await confirmTotp({ code: "000000" }, first.user).catch((x) => x)).toBeInstanceOf(ValidationFailed);
    const enrolmentCode = await generate({ secret: e.secret });
    const { codes } = await confirmTotp({ code: enrolmentCode }, first.user);
    expect(codes).toHaveLength(10);
    expect((await resolveSession(first.user.sessionId!, null))?.pending).toBe(false);
    const row = await db.prisma.user.findUniqueOrThrow({ where: { username: "nina" } });
    expect(row.totpSecret).not.toContain(e.secret); // stored encrypted

    // from now on the password alone is not enough
    expect(await attemptLogin({ username: "nina", password: "blauwe fiets op de dijk" }, "10.9.0.2")).toEqual({
      ok: false,
      reason: "code_required",
    });
    // the code used at enrolment can not be used again (replay), a later one can
    // (the very same code: a fresh one could be of the next 30-second step by now, and rightly be accepted)
    const reused = await attemptLogin(
      { username: "nina", password: "blauwe fiets op de dijk", code: enrolmentCode },
      "10.9.0.2",
    );
    expect(reused).toEqual({ ok: false, reason: "code_invalid" });
    await db.prisma.user.update({ where: { id: row.id }, data: { totpLastStep: row.totpLastStep! - 2 } }); // as if two steps ago
    expect(await login("nina", "blauwe fiets op de dijk", await generate({ secret: e.secret }))).toMatchObject({
      ok: true,
    });

    // a recovery code works once
    expect(await login("nina", "blauwe fiets op de dijk", codes[3].toUpperCase())).toMatchObject({ ok: true });
    expect(
      await attemptLogin({ username: "nina", password: "blauwe fiets op de dijk", code: codes[3] }, "10.9.0.3"),
    ).toEqual({ ok: false, reason: "code_invalid" });
    expect(await db.prisma.recoveryCode.count({ where: { userId: row.id, usedAt: null } })).toBe(9);
  });
});

describe("the beheerder's account management", () => {
  test("reset: a new one-time password, the second factor to enrol again, every session ended", async () => {
    const { password } = await createUser({ username: "otto", displayName: "Otto", role: "CASEMANAGER" }, beheerder);
    const s = await login("otto", password);
    if (!s.ok) throw new Error("login failed");
    const u = await db.prisma.user.findUniqueOrThrow({ where: { username: "otto" } });
    const reset = await resetUser({ userId: u.id, version: u.version }, beheerder);
    expect(reset.password).not.toBe(password);
    expect(await resolveSession(s.user.sessionId!, null)).toBeNull();
    expect((await login("otto", password)).ok).toBe(false);
    const again = await login("otto", reset.password, undefined, "10.9.0.5"); // not held up by the failure above
    expect(again).toMatchObject({ ok: true, user: { pending: true } });
  });

  test("the last active beheerder can not be disabled or lose the role; nobody changes their own account here", async () => {
    const bram = await db.prisma.user.findUniqueOrThrow({ where: { id: beheerder.id } });
    await expect(setUserRole({ userId: bram.id, version: bram.version, role: "TRIAGE" }, beheerder)).rejects.toThrow(
      /Mijn account/,
    );
    await createUser({ username: "beheer2", displayName: "Tweede beheerder", role: "BEHEERDER" }, beheerder);
    const row = () => db.prisma.user.findUniqueOrThrow({ where: { username: "beheer2" } });
    const tweede = { id: (await row()).id, username: "beheer2", role: "BEHEERDER" as const };
    // with two active beheerders either may be switched off …
    await setUserActive({ userId: tweede.id, version: (await row()).version, active: false }, beheerder);
    await setUserActive({ userId: tweede.id, version: (await row()).version, active: true }, beheerder);
    await setUserActive({ userId: bram.id, version: bram.version, active: false }, tweede);
    // … but the one left is the last: nobody can switch it off or give it another role
    const iemand = { id: 999_999, username: "iemand", role: "BEHEERDER" as const };
    await expect(
      setUserActive({ userId: tweede.id, version: (await row()).version, active: false }, iemand),
    ).rejects.toThrow(/laatste actieve functioneel beheerder/);
    await expect(
      setUserRole({ userId: tweede.id, version: (await row()).version, role: "TEAMLEIDER" }, iemand),
    ).rejects.toThrow(/laatste actieve functioneel beheerder/);
    const b = await db.prisma.user.findUniqueOrThrow({ where: { id: bram.id } });
    await setUserActive({ userId: bram.id, version: b.version, active: true }, tweede);
  });

  test("unlock clears the failed logins of an account from every address", async () => {
    await db.prisma.loginFailure.createMany({
      data: ["1.1.1.1", "2.2.2.2"].map((clientAddress) => ({ username: "otto", clientAddress })),
    });
    const u = await db.prisma.user.findUniqueOrThrow({ where: { username: "otto" } });
    const before = await db.prisma.loginFailure.count({ where: { username: "otto" } });
    expect(before).toBeGreaterThanOrEqual(2);
    const actor = beheerder;
    expect(await unlockUser({ userId: u.id, version: u.version }, actor)).toMatchObject({ cleared: before });
    expect(await db.prisma.loginFailure.count({ where: { username: "otto" } })).toBe(0);
    const list = await listUsers(actor);
    expect(list.find((x) => x.username === "otto")).toMatchObject({
      mislukt: 0,
      mustChangePassword: true,
      tweedeFactor: false,
    });
  });
});

describe("one's own account", () => {
  test("a password change needs the current password and ends the other sessions; another session can be ended", async () => {
    await db.prisma.user.create({
      data: {
        username: "pia",
        displayName: "Pia",
        role: "TEAMLEIDER",
        passwordHash: await hashPassword("pia heeft een lang wachtwoord"),
        totpRequired: false,
      },
    });
    const a = await login("pia", "pia heeft een lang wachtwoord");
    const b = await login("pia", "pia heeft een lang wachtwoord");
    const c = await login("pia", "pia heeft een lang wachtwoord");
    if (!a.ok || !b.ok || !c.ok) throw new Error("login failed");
    await endOwnSession({ sessionId: c.user.sessionId }, a.user);
    expect(await resolveSession(c.user.sessionId!, null)).toBeNull();
    await expect(endOwnSession({ sessionId: a.user.sessionId }, a.user)).rejects.toBeInstanceOf(RuleViolation);
    const wrong = await changePassword(
      { huidig: "fout", nieuw: "een nieuw lang wachtwoord", herhaal: "een nieuw lang wachtwoord" },
      a.user,
    ).catch((e) => e);
    expect(wrong.fieldErrors.huidig).toBe("Dit is niet uw huidige wachtwoord.");
    const mismatch = await changePassword(
      { huidig: "x", nieuw: "een nieuw lang wachtwoord", herhaal: "anders" },
      a.user,
    ).catch((e) => e);
    expect(mismatch.fieldErrors.herhaal).toBe("De twee wachtwoorden zijn niet gelijk.");
    await changePassword(
      {
        huidig: "pia heeft een lang wachtwoord",
        nieuw: "een nieuw lang wachtwoord",
        herhaal: "een nieuw lang wachtwoord",
      },
      a.user,
    );
    expect(await resolveSession(b.user.sessionId!, null)).toBeNull();
    expect(await resolveSession(a.user.sessionId!, null)).not.toBeNull();
  });
});
