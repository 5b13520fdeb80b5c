// Next 16 proxy (ex-middleware): no valid next-auth JWT -> the login page. The session row itself is checked
// by every page and action (lib/auth/current-user.ts), so a logged-out or expired session is refused there.
// A server action is let through: it answers for itself (lib/auth/door.ts), so a form whose session ended
// hears "Uw sessie is verlopen" and keeps its input instead of being sent away to the login page.
import { withAuth } from "next-auth/middleware";
import { getAuthSecret } from "@/lib/auth/secret";

export default withAuth({
  pages: { signIn: "/login" },
  secret: getAuthSecret(),
  callbacks: { authorized: ({ req, token }) => !!token || req.headers.has("next-action") },
});

export const config = {
  matcher: ["/((?!login|inlogfout|api/auth|api/health|_next/static|_next/image|favicon.ico|favicon.svg|robots.txt).*)"],
};
