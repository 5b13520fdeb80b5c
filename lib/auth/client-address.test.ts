import { describe, expect, test } from "vitest";
import { clientAddress, parseTrustedProxies } from "./client-address";

const none = parseTrustedProxies("");
const proxies = parseTrustedProxies("127.0.0.1/8, ::1, 10.0.0.0/8, fd00::/8");

describe("the client address", () => {
  test("without trusted proxies: the socket's address; X-Forwarded-For is ignored", () => {
    expect(clientAddress("198.51.100.9", "6.6.6.6", none)).toBe("198.51.100.9");
    expect(clientAddress("::ffff:198.51.100.9", null, none)).toBe("198.51.100.9");
    expect(clientAddress("127.0.0.1", "203.0.113.7", none)).toBe("127.0.0.1");
  });
  test("behind a trusted proxy: the right-most forwarded address that is not a trusted proxy", () => {
    expect(clientAddress("::ffff:127.0.0.1", "6.6.6.6, 203.0.113.7, 10.1.2.3", proxies)).toBe("203.0.113.7");
    expect(clientAddress("::1", "2001:db8::5", proxies)).toBe("2001:db8::5");
    expect(clientAddress("10.0.0.2", "10.0.0.3, 10.0.0.4", proxies)).toBe("10.0.0.3");
  });
  test("a direct client that is not a trusted proxy can not choose its address", () => {
    expect(clientAddress("198.51.100.9", "10.0.0.1, 127.0.0.1", proxies)).toBe("198.51.100.9");
  });
  test("garbage in the header stops the walk; no socket gives 'onbekend'", () => {
    expect(clientAddress("127.0.0.1", "203.0.113.7, not-an-address", proxies)).toBe("127.0.0.1");
    expect(clientAddress(undefined, "1.2.3.4", proxies)).toBe("onbekend");
  });
});
