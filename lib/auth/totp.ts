// The second factor: TOTP (RFC 6238) through otplib, enrolled with a QR code (qrcode) and the secret in text, and
// ten single-use recovery codes. The secret is stored encrypted (AES-256-GCM, key derived from NEXTAUTH_SECRET),
// so a copy of the database alone does not give the codes. A code is accepted once: the step it matched is
// kept, and only a later step is accepted next time.
import "server-only";
import { generateSecret, generateURI, verify } from "otplib";
import crypto from "node:crypto";
import QRCode from "qrcode";
import { decryptSecret, encryptSecret } from "./totp-secret";
import { hashPassword, verifyPassword } from "./password";

export { decryptSecret, encryptSecret };

const ISSUER = "Veilig Thuis";

export type Enrolment = { secret: string; uri: string; qr: string };

/** A secret (new, or the one being enrolled) with its otpauth:// address and a QR code (PNG data URL). */
export async function newEnrolment(username: string, existing?: string): Promise<Enrolment> {
  const secret = existing ?? generateSecret();
  const uri = generateURI({ issuer: ISSUER, label: username, secret });
  const qr = await QRCode.toDataURL(uri, { errorCorrectionLevel: "M", margin: 2, width: 240 });
  return { secret, uri, qr };
}

/** The time step a 6-digit code matches (one step of clock drift either way), never one at or before `lastStep`. */
export async function matchCode(secret: string, code: string, lastStep: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  try {
    const r = await verify({ secret, token: code, epochTolerance: 30, afterTimeStep: lastStep ?? undefined });
    return r.valid && "timeStep" in r ? r.timeStep : null;
  } catch {
    return null; // e.g. a step outside the window after the clock went back
  }
}

const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Ten recovery codes to show once ("xxxxx-xxxxx"), and their hashes to store. */
export async function newRecoveryCodes(): Promise<{ codes: string[]; hashes: string[] }> {
  const codes = Array.from({ length: 10 }, () => {
    const chars = Array.from(crypto.randomBytes(10), (b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
  return { codes, hashes: await Promise.all(codes.map((c) => hashPassword(c))) };
}

export const normaliseRecoveryCode = (s: string) => s.trim().toLowerCase().replace(/\s+/g, "");

/** The id of the unused stored code that matches, or null. */
export async function matchRecoveryCode(
  code: string,
  stored: { id: number; codeHash: string }[],
): Promise<number | null> {
  const c = normaliseRecoveryCode(code);
  if (!/^[a-z0-9]{5}-[a-z0-9]{5}$/.test(c)) return null;
  for (const s of stored) if (await verifyPassword(s.codeHash, c)) return s.id;
  return null;
}
