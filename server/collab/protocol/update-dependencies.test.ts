import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { lacksDependencies } from "./update-dependencies";

/** The server's copy, and a client that has everything the server has. */
function serverAndClient(): { server: Y.Doc; client: Y.Doc } {
  const server = new Y.Doc();
  server.getText("t").insert(0, "shared");
  server.getXmlFragment("f").insert(0, [new Y.XmlElement("paragraph")]);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

const lacks = (server: Y.Doc, update: Uint8Array): boolean => lacksDependencies(server, Y.decodeUpdate(update));

describe("lacksDependencies", () => {
  it("accepts what a client builds on the server's state, in one update or several in order", () => {
    const { server, client } = serverAndClient();
    const vector = Y.encodeStateVector(client);
    client.getText("t").insert(3, "ABC");
    const first = Y.encodeStateAsUpdate(client, vector);
    expect(lacks(server, first)).toBe(false);
    Y.applyUpdate(server, first);
    const vector2 = Y.encodeStateVector(client);
    client.getText("t").delete(0, 2);
    (client.getXmlFragment("f").get(0) as Y.XmlElement).insert(0, [new Y.XmlText("x")]);
    expect(lacks(server, Y.encodeStateAsUpdate(client, vector2))).toBe(false);
    expect(lacks(server, Y.encodeStateAsUpdate(client, vector))).toBe(false);
    expect(lacks(server, Uint8Array.of(0, 0))).toBe(false);
  });

  it("accepts an update that repeats what the server has", () => {
    const { server } = serverAndClient();
    expect(lacks(server, Y.encodeStateAsUpdate(server))).toBe(false);
  });

  it("refuses an update that starts past what the server has of its client", () => {
    const { server, client } = serverAndClient();
    const vector = Y.encodeStateVector(client);
    client.getText("t").insert(0, "A");
    const skipped = Y.encodeStateVector(client);
    client.getText("t").insert(0, "B");
    expect(lacks(server, Y.encodeStateAsUpdate(client, skipped))).toBe(true);
    expect(lacks(server, Y.encodeStateAsUpdate(client, vector))).toBe(false);
  });

  it("refuses an insertion next to, or inside, items the server does not have", () => {
    const { server, client } = serverAndClient();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(server));
    other.getText("t").insert(0, "unseen");
    (other.getXmlFragment("f").get(0) as Y.XmlElement).insert(0, [new Y.XmlElement("strong")]);
    Y.applyUpdate(client, Y.encodeStateAsUpdate(other));
    const vector = Y.encodeStateVector(client);
    client.getText("t").insert(2, "!");
    expect(lacks(server, Y.encodeStateAsUpdate(client, vector))).toBe(true);
    const vector2 = Y.encodeStateVector(client);
    ((client.getXmlFragment("f").get(0) as Y.XmlElement).get(0) as Y.XmlElement).insert(0, [new Y.XmlText("in")]);
    expect(lacks(server, Y.encodeStateAsUpdate(client, vector2))).toBe(true);
    // With what it builds on, in the same update, it is whole.
    expect(lacks(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)))).toBe(false);
  });

  it("refuses deleting what the server does not have", () => {
    const { server, client } = serverAndClient();
    const vector = Y.encodeStateVector(client);
    client.getText("t").insert(0, "temporary ");
    const inserted = Y.encodeStateVector(client);
    client.getText("t").delete(0, 4);
    expect(lacks(server, Y.encodeStateAsUpdate(client, inserted))).toBe(true);
    expect(lacks(server, Y.encodeStateAsUpdate(client, vector))).toBe(false);
  });
});
