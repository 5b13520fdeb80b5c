// The TOTP secret at rest: AES-256-GCM with a key derived from NEXTAUTH_SECRET (lib/auth/totp.ts). Without
// "server-only", so the demo seed can enrol the privacy officer's demo account.
import crypto from "node:crypto";
import { getAuthSecret } from "./secret";

function key(): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", getAuthSecret(), "vt-totp", "totp-secret-encryption", 32));
}

export function encryptSecret(secret: string): string {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv("aes-256-gcm", key(), iv);
  const data = Buffer.concat([c.update(secret, "utf8"), c.final()]);
  return [iv, c.getAuthTag(), data].map((b) => b.toString("base64url")).join(".");
}

export function decryptSecret(stored: string): string {
  const [iv, tag, data] = stored.split(".").map((p) => Buffer.from(p, "base64url"));
  const d = crypto.createDecipheriv("aes-256-gcm", key(), iv);
  d.setAuthTag(tag);
  return Buffer.concat([d.update(data), d.final()]).toString("utf8");
}
