"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentSessionId } from "./current-user";
import { endSessionAudited } from "./sessions";

/** Ends the session row (so the old cookie is worthless everywhere), audits it, clears the cookies. */
export async function logoutAction() {
  const sid = await getCurrentSessionId();
  if (sid) await endSessionAudited(sid);
  const jar = await cookies();
  // A __Host- cookie is only removed by a Secure Set-Cookie with path /.
  for (const c of jar.getAll()) {
    if (c.name.includes("next-auth")) jar.delete({ name: c.name, path: "/", secure: c.name.startsWith("__") });
  }
  redirect("/login");
}
