// The two catalogues say the same things: every key in both, with the same
// placeholders, and no empty string.
import { describe, expect, it } from "vitest";
import { en } from "./messages-en";
import { fa, type MessageKey } from "./messages-fa";

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "").sort();

describe("the fa and en catalogues", () => {
  it("have the same keys", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fa).sort());
  });

  it("fill the same placeholders, and leave nothing empty", () => {
    for (const key of Object.keys(fa) as MessageKey[]) {
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({ key, placeholders: placeholders(fa[key]) });
      expect(fa[key].trim(), key).not.toBe("");
      expect(en[key].trim(), key).not.toBe("");
    }
  });
});
