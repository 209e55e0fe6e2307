// Mentions in a comment's plain text: the "@name" being typed before the
// caret, and the members named in a text (only those the writer picked from
// the suggestions, and whose "@name" is still in it).
import { comparisonKey } from "@/lib/persian-text";
/** A member who can be named. */
export interface Person {
  id: string;
  name: string;
}

/** The query after an "@" that starts a word and runs up to the caret, or null. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([^\s@]{0,40})$/u.exec(before);
  const query = match?.[2];
  if (query === undefined) return null;
  return { start: caret - query.length - 1, query };
}

/** Members whose name contains the query (Persian-aware: ی/ي, ک/ك, spacing). */
export function suggestMembers(members: readonly Person[], query: string, limit = 6): Person[] {
  const key = comparisonKey(query);
  return members.filter((member) => comparisonKey(member.name).includes(key)).slice(0, limit);
}

/** The picked members still named in the text. */
export function mentionedIn(text: string, picked: readonly Person[]): string[] {
  return [...new Set(picked.filter((person) => text.includes(`@${person.name}`)).map((person) => person.id))];
}

export type BodyPiece = { text: string; mention: boolean };

/** The text cut into plain pieces and "@name" pieces of the mentioned people. */
export function splitMentions(text: string, mentions: readonly Person[]): BodyPiece[] {
  const names = [...new Set(mentions.map((person) => `@${person.name}`))].sort((a, b) => b.length - a.length);
  const pieces: BodyPiece[] = [];
  let rest = text;
  while (rest) {
    let at = -1;
    let found = "";
    for (const name of names) {
      const index = rest.indexOf(name);
      if (index >= 0 && (at < 0 || index < at)) {
        at = index;
        found = name;
      }
    }
    if (at < 0) {
      pieces.push({ text: rest, mention: false });
      break;
    }
    if (at > 0) pieces.push({ text: rest.slice(0, at), mention: false });
    pieces.push({ text: found, mention: true });
    rest = rest.slice(at + found.length);
  }
  return pieces;
}
