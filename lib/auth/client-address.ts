// The client address for the audit log and login throttling. Behind a proxy, its X-Forwarded-For is used.
export function clientAddressOf(header: (name: string) => string | null | undefined): string {
  const fwd = header("x-forwarded-for")?.split(",")[0]?.trim();
  return (fwd || header("x-real-ip") || "onbekend").slice(0, 64);
}
