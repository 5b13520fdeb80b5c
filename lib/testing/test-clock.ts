// The one test clock (docs/decisions/010-test-clock.md): the "today" of the integration and end-to-end tests,
// whose data carry fixed dates. A Monday in the second half of 2026 — the day the demo data were written for.
// Vitest and the Playwright web server pass it to the app as VT_TEST_CLOCK; the browser gets it from page.clock.
export const TEST_NOW = "2026-11-23T10:00:00+01:00";
