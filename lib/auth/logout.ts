"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { writeAudit } from "./audit";
import { getCurrentSessionId, getCurrentUser } from "./current-user";
import { endSession } from "./sessions";

/** Ends the session row (so the old cookie is worthless everywhere), audits it, clears the cookies. */
export async function logoutAction() {
  const [sid, user] = await Promise.all([getCurrentSessionId(), getCurrentUser()]);
  if (sid) {
    await endSession(sid, "logout");
    if (user) await prisma.$transaction((tx) => writeAudit(tx, { actor: user, action: "LOGOUT", entityType: "session", entityId: sid }));
  }
  const jar = await cookies();
  for (const c of jar.getAll()) if (c.name.includes("next-auth")) jar.delete(c.name);
  redirect("/login");
}
