// Next 16 proxy (ex-middleware): no valid next-auth JWT -> the login page. The session row itself is checked
// by every page and action (lib/auth/current-user.ts), so a logged-out or expired session is refused there.
import { withAuth } from "next-auth/middleware";
import { getAuthSecret } from "@/lib/auth/secret";

export default withAuth({ pages: { signIn: "/login" }, secret: getAuthSecret() });

export const config = { matcher: ["/((?!login|api/auth|api/health|_next/static|_next/image|favicon.ico).*)"] };
