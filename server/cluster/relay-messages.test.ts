import { describe, expect, it } from "vitest";
import { decodeRelayMessage, encodeRelayMessage, type RelayMessage } from "./relay-messages";

describe("the messages between nodes", () => {
  it("carry committed updates with their authors' claims, and presence, unchanged", () => {
    const committed: RelayMessage = {
      kind: "committed",
      from: "node-a",
      update: Uint8Array.of(1, 2, 3),
      authors: [{ authorId: "user-1", claims: [4_294_967_295, 7] }, { authorId: "user-2", claims: [] }],
    };
    const presence: RelayMessage = { kind: "presence", from: "node-b", update: Uint8Array.of(9) };
    expect(decodeRelayMessage(encodeRelayMessage(committed))).toEqual(committed);
    expect(decodeRelayMessage(encodeRelayMessage(presence))).toEqual(presence);
    for (const kind of ["freeze", "frozen", "thaw"] as const) {
      const step: RelayMessage = { kind, from: "node-c", request: "request-1" };
      expect(decodeRelayMessage(encodeRelayMessage(step))).toEqual(step);
    }
  });

  it("are refused, not thrown, when cut short or of an unknown kind", () => {
    const whole = encodeRelayMessage({ kind: "committed", from: "node-a", update: Uint8Array.of(1, 2, 3), authors: [] });
    for (let length = 0; length < whole.length; length += 1) expect(decodeRelayMessage(whole.slice(0, length))).toBeNull();
    const unknown = encodeRelayMessage({ kind: "presence", from: "n", update: Uint8Array.of() });
    unknown[2] = 9;
    expect(decodeRelayMessage(unknown)).toBeNull();
  });
});
