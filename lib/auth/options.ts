// next-auth v4: credentials provider and JWT sessions. The JWT carries only the id of a session row
// (lib/auth/sessions.ts), which is checked on every request, so sessions can be ended at once.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { attemptLogin } from "./login";
import { getAuthSecret } from "./secret";
import { authCookies, servedOverHttps } from "./cookies";
import { ABSOLUTE_LIFETIME_MS } from "./session-policy";
import { clientAddressOf } from "./client-address";
import { endSessionAudited } from "./sessions";

export function getAuthOptions(): NextAuthOptions {
  return {
    secret: getAuthSecret(),
    useSecureCookies: servedOverHttps(),
    cookies: authCookies(),
    session: { strategy: "jwt", maxAge: ABSOLUTE_LIFETIME_MS / 1000 },
    // next-auth's own pages are replaced by the app's Dutch ones.
    pages: { signIn: "/login", signOut: "/uitloggen", error: "/inlogfout", verifyRequest: "/login", newUser: "/" },
    providers: [
      CredentialsProvider({
        credentials: {
          username: { label: "Gebruikersnaam" },
          password: { label: "Wachtwoord", type: "password" },
          code: { label: "Code" },
        },
        async authorize(credentials, req) {
          const address = clientAddressOf((name) => {
            const h = req?.headers?.[name];
            return Array.isArray(h) ? h.join(", ") : (h ?? null);
          });
          const input = {
            username: credentials?.username,
            password: credentials?.password,
            code: credentials?.code || undefined,
          };
          const r = await attemptLogin(input, address);
          // The reason travels to the form as the error's text (LOGIN_MESSAGES); a wrong password stays generic.
          if (!r.ok) throw new Error(r.reason === "wait" ? `wait:${r.seconds}` : r.reason);
          return { id: String(r.userId), name: r.displayName, sid: r.sessionId, role: r.role } as never;
        },
      }),
    ],
    // Signing out through next-auth's own route (POST /api/auth/signout) ends the server session too.
    events: {
      async signOut({ token }) {
        const sid = (token as { sid?: unknown } | null)?.sid;
        if (typeof sid === "string") await endSessionAudited(sid);
      },
    },
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sid = (user as unknown as { sid: string }).sid;
        return token;
      },
      session({ session, token }) {
        (session as unknown as { sid?: unknown }).sid = token.sid;
        return session;
      },
    },
  };
}
