import type { Metadata } from "next";
import { connection } from "next/server";
import { DemoBanner } from "@/components/ui/demo-banner";
import { HydrationMarker } from "@/components/ui/hydration-marker";
import "./globals.css";

export const metadata: Metadata = {
  title: "Veilig Thuis — Registratie",
  robots: { index: false, follow: false },
  icons: { icon: "/favicon.svg" },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: the mode (demo or production) is decided at run time, and every page
  // gets the request's CSP nonce (proxy.ts).
  await connection();
  return (
    <html lang="nl">
      <body className="min-h-screen">
        <HydrationMarker />
        <DemoBanner />
        {children}
      </body>
    </html>
  );
}
