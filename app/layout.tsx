import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: "Veilig Thuis — Registratie",
  robots: { index: false, follow: false },
  icons: { icon: "/favicon.svg" },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="nl">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
