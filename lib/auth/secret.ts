import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { isDemoMode } from "../config/mode";

export const SECRET_MISSING =
  "NEXTAUTH_SECRET ontbreekt of is korter dan 32 bytes; productie start niet zonder. / NEXTAUTH_SECRET is missing or shorter than 32 bytes; production does not start without it.";

/** Why this process may not run in production, or null (checked at start-up by scripts/serve.ts too). */
export function productionProblem(env: NodeJS.ProcessEnv = process.env): string | null {
  if (isDemoMode(env)) return null;
  const s = env.NEXTAUTH_SECRET ?? env.AUTH_SECRET;
  return !s || Buffer.byteLength(s, "utf8") < 32 ? SECRET_MISSING : null;
}

// NEXTAUTH_SECRET (or AUTH_SECRET), required in production; in demo mode a random secret kept in .data/.
export function getAuthSecret(): string {
  const problem = productionProblem();
  if (problem) throw new Error(problem);
  const fromEnv = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), ".data/auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const secret = crypto.randomBytes(32).toString("hex");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
