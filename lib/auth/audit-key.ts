// The key of the audit chain (AUDIT_HMAC_KEY): kept out of the database, so write access to the database alone can
// not produce a valid chain. Required in production (at least 32 bytes); in demo mode a random key in .data/.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { isDemoMode } from "../config/mode";

export const AUDIT_KEY_MISSING =
  "AUDIT_HMAC_KEY ontbreekt of is korter dan 32 bytes; productie start niet zonder. / AUDIT_HMAC_KEY is missing or shorter than 32 bytes; production does not start without it.";

export function auditKeyProblem(env: NodeJS.ProcessEnv = process.env): string | null {
  if (isDemoMode(env)) return null;
  const k = env.AUDIT_HMAC_KEY;
  return !k || Buffer.byteLength(k, "utf8") < 32 ? AUDIT_KEY_MISSING : null;
}

let cached: Buffer | undefined;

export function auditKey(): Buffer {
  if (cached) return cached;
  const problem = auditKeyProblem();
  if (problem) throw new Error(problem);
  if (process.env.AUDIT_HMAC_KEY) return (cached = Buffer.from(process.env.AUDIT_HMAC_KEY, "utf8"));
  const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), ".data/audit-key");
  try {
    cached = Buffer.from(fs.readFileSync(file, "utf8").trim(), "utf8");
  } catch {
    const key = crypto.randomBytes(32).toString("hex");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, key, { mode: 0o600 });
    cached = Buffer.from(key, "utf8");
  }
  return cached;
}
