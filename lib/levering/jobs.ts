// Progress of deliveries being built in this server process (the page polls it). A process that dies
// mid-build leaves its delivery as an incomplete concept, which can never be made final.
type Job = { records: number; done: boolean; error?: string; startedAt: number };
const g = globalThis as unknown as { __leveringJobs?: Map<number, Job> };
const jobs = (g.__leveringJobs ??= new Map());

export const setJob = (id: number, j: Partial<Job>) =>
  jobs.set(id, { records: 0, done: false, startedAt: Date.now(), ...jobs.get(id), ...j });
export const getJob = (id: number): Job | undefined => jobs.get(id);
