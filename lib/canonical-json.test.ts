import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json";

describe("canonical JSON", () => {
  it("sorts keys at every depth and leaves out undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: "ی", y: null }], c: undefined } })).toBe('{"a":{"d":[1,{"y":null,"z":"ی"}]},"b":1}');
  });

  it("gives the same text for the same content written in another key order", () => {
    expect(canonicalJson({ type: "doc", content: [] })).toBe(canonicalJson({ content: [], type: "doc" }));
  });

  it("refuses what JSON cannot hold exactly", () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
  });
});
