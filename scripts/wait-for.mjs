// Waits until an address answers (for a second app server that must start after the first has migrated).
const url = process.argv[2];
for (let i = 0; i < 900; i++) {
  try {
    if ((await fetch(url)).ok) process.exit(0);
  } catch {
    /* not yet */
  }
  await new Promise((r) => setTimeout(r, 1000));
}
console.error(`${url} did not answer within 15 minutes`);
process.exit(1);
