// The session cookies: over https `Secure` with the `__Host-` prefix (bound to this host, path /, never sent over
// plain http); over http (the embedded demo on localhost) without. next-auth and the proxy read the same names.
const secure = () => (process.env.NEXTAUTH_URL ?? "").startsWith("https://");

const cookie = (name: string) => ({
  name: `${secure() ? "__Host-" : ""}next-auth.${name}`,
  options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: secure() },
});

export function authCookies() {
  return {
    sessionToken: cookie("session-token"),
    callbackUrl: cookie("callback-url"),
    csrfToken: cookie("csrf-token"),
  };
}

export const servedOverHttps = secure;
