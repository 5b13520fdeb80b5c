/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships Wasm and data files that must be loaded from node_modules at run time, not bundled; the afschrift's
  // PDF library and its font files (dejavu-fonts-ttf, read from node_modules) likewise.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@node-rs/argon2",
    "pg",
    "pdf-lib",
    "@pdf-lib/fontkit",
  ],
  poweredByHeader: false,
  // Responses go out uncompressed: in production the https proxy in front compresses them (README: Production).
  // Next's own gzip cost the server 10–12 % of its CPU per search and casus page with 20 users (decision 014).
  compress: false,
  // Types are checked once by `npm run typecheck` (CI runs it before the tests), not again in every build.
  typescript: { ignoreBuildErrors: true },
  // NEXT_DIST_DIR lets parallel end-to-end runs build side by side (default .next).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "Cache-Control", value: "no-store" },
        ],
      },
    ];
  },
};
export default nextConfig;
