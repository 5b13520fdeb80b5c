import { getHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    return Response.json(await getHealth());
  } catch {
    return Response.json({ status: "error" }, { status: 503 });
  }
}
