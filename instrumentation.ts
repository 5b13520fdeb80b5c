// Runs once when a server process of the app starts (Next.js instrumentation): starts the job queue's schedule and
// worker (lib/jobs/start.ts) in the Node.js runtime. VT_JOBS=uit leaves the jobs to other processes.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.VT_JOBS === "uit") return;
  const { startJobs } = await import("./lib/jobs/start");
  try {
    await startJobs();
  } catch (e) {
    console.error("[jobs] the job queue did not start:", e instanceof Error ? e.message : e);
  }
}
