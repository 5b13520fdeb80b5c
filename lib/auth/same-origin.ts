// A state-changing route handler answers only requests from the app's own pages (server actions check this
// themselves): the Origin header must name the host the request was sent to.
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const hosts = [request.headers.get("host"), request.headers.get("x-forwarded-host")].filter(Boolean);
  return hosts.includes(host);
}
