import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guard";
import { startPageFor } from "@/lib/auth/navigation";

export default async function Home() {
  const user = await requireUser();
  redirect(startPageFor(user.role));
}
