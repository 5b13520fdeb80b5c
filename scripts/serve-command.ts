// How the app server is started (npm start, the benches; `npm run serve` in package.json says the same): node with
// a young generation of 64 MB per semi-space instead of V8's 16. A page render makes many short-lived objects; with
// the small default the scavenger ran so often that it was a tenth of the server's time, and objects still in use
// were promoted to the old generation only to be collected there later. Measured on the casus page with 20 users,
// alternating in one run: 32→40, 37→40, 28→29 pages/s (BENCHMARKS.md, eleventh session). Costs at most 3×64 MB.
export const SERVE_NODE_ARGS = ["--max-semi-space-size=64", "--import", "tsx", "scripts/serve.ts"];
