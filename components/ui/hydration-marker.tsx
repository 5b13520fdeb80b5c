"use client";
// Marks the page as hydrated (`<html data-hydrated>`) once React has taken over the server-rendered document.
// Next.js 16 can drop a click on a <Link> that lands while the page is still hydrating; the end-to-end journeys
// wait for this mark before clicking a link on a page they reached by a full page load (e2e/fixtures/hydrated.ts).
import { useEffect } from "react";

export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
