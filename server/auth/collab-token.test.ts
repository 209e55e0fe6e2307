import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { issueCollabTicket, signCollabToken, verifyCollabToken } from "./collab-token";

const SECRET = "unit-test-secret-that-is-long-enough-0123";
const NOW = 1_800_000_000;
const claims = { userId: "user-1", docName: "meeting:abc", expiresAt: NOW + 60, id: "token-id-0123456789abcdef" };

describe("collab tokens", () => {
  it("verify to the claims they were signed with", () => {
    expect(verifyCollabToken(SECRET, signCollabToken(SECRET, claims), NOW)).toEqual(claims);
  });

  it("are refused once expired, from the second of expiry on", () => {
    const token = signCollabToken(SECRET, claims);
    expect(verifyCollabToken(SECRET, token, claims.expiresAt - 1)).toEqual(claims);
    expect(verifyCollabToken(SECRET, token, claims.expiresAt)).toBeNull();
    expect(verifyCollabToken(SECRET, token, claims.expiresAt + 3600)).toBeNull();
  });

  it("are refused under another secret", () => {
    const token = signCollabToken(SECRET, claims);
    expect(verifyCollabToken("another-secret-that-is-long-enough-98765", token, NOW)).toBeNull();
  });

  it("are refused when the claims were changed after signing", () => {
    const [, signature] = signCollabToken(SECRET, claims).split(".");
    for (const forged of [
      { ...claims, docName: "meeting:other" },
      { ...claims, userId: "user-2" },
      { ...claims, expiresAt: NOW + 999_999 },
      { ...claims, id: "another-id-0123456789abcdef" },
    ]) {
      const [body] = signCollabToken(SECRET, forged).split(".");
      expect(verifyCollabToken(SECRET, `${body}.${signature}`, NOW)).toBeNull();
    }
  });

  it("are refused when the signature was changed", () => {
    const [body, signature = ""] = signCollabToken(SECRET, claims).split(".");
    const flipped = `${signature[0] === "A" ? "B" : "A"}${signature.slice(1)}`;
    expect(verifyCollabToken(SECRET, `${body}.${flipped}`, NOW)).toBeNull();
    expect(verifyCollabToken(SECRET, `${body}.${signature.slice(0, -2)}`, NOW)).toBeNull();
    expect(verifyCollabToken(SECRET, `${body}.`, NOW)).toBeNull();
  });

  it.each(["", ".", "abc", "a.b.c", `${signCollabToken(SECRET, claims)}.extra`])("refuses the malformed token %j", (token) => {
    expect(verifyCollabToken(SECRET, token, NOW)).toBeNull();
  });

  it("refuses a correctly signed body that does not hold valid claims", () => {
    const signed = (payload: string): string => {
      const body = Buffer.from(payload).toString("base64url");
      return `${body}.${createHmac("sha256", SECRET).update(`collab.${body}`).digest("base64url")}`;
    };
    const n = claims.id;
    expect(verifyCollabToken(SECRET, signed(JSON.stringify({ u: "user-1", d: "meeting:abc", e: NOW + 60, n })), NOW)).toEqual(claims);
    expect(verifyCollabToken(SECRET, signed("not json"), NOW)).toBeNull();
    expect(verifyCollabToken(SECRET, signed(JSON.stringify({ u: "", d: "meeting:abc", e: NOW + 60, n })), NOW)).toBeNull();
    expect(verifyCollabToken(SECRET, signed(JSON.stringify({ u: "user-1", d: "meeting:abc", e: "never", n })), NOW)).toBeNull();
    // Without an id (as tokens were before they became single-use), or with a short one.
    expect(verifyCollabToken(SECRET, signed(JSON.stringify({ u: "user-1", d: "meeting:abc", e: NOW + 60 })), NOW)).toBeNull();
    expect(verifyCollabToken(SECRET, signed(JSON.stringify({ u: "user-1", d: "meeting:abc", e: NOW + 60, n: "1" })), NOW)).toBeNull();
  });

  it("issue tickets that verify until their time to live has passed", () => {
    const ticket = issueCollabTicket({ secret: SECRET, ttlSeconds: 60, userId: "user-1", docName: "meeting:abc" });
    const nowSeconds = Math.floor(Date.now() / 1000);
    expect(ticket.expiresAt).toBeGreaterThanOrEqual(nowSeconds + 59);
    expect(verifyCollabToken(SECRET, ticket.token)).toMatchObject({ userId: "user-1", docName: "meeting:abc", expiresAt: ticket.expiresAt });
    expect(verifyCollabToken(SECRET, ticket.token, ticket.expiresAt)).toBeNull();
  });

  it("give every token its own random id, even for the same user, document and second", () => {
    const issue = (): string => issueCollabTicket({ secret: SECRET, ttlSeconds: 60, userId: "user-1", docName: "meeting:abc" }).token;
    const ids = new Set(Array.from({ length: 100 }, () => verifyCollabToken(SECRET, issue())?.id));
    expect(ids.size).toBe(100);
    expect(ids.has(undefined)).toBe(false);
    const unnamed = { userId: "user-1", docName: "meeting:abc", expiresAt: NOW + 60 };
    expect(verifyCollabToken(SECRET, signCollabToken(SECRET, unnamed), NOW)?.id).not.toBe(verifyCollabToken(SECRET, signCollabToken(SECRET, unnamed), NOW)?.id);
  });
});
