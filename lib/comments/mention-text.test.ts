import { describe, expect, it } from "vitest";
import { mentionedIn, mentionQueryAt, splitMentions, suggestMembers } from "./mention-text";

const ali = { id: "u1", name: "علی رضایی" };
const maryam = { id: "u2", name: "مریم حسینی" };

describe("mentions in a comment", () => {
  it("finds the query after an @ that starts a word, up to the caret", () => {
    expect(mentionQueryAt("سلام @عل", 8)).toEqual({ start: 5, query: "عل" });
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionQueryAt("mail@host", 9)).toBeNull();
    expect(mentionQueryAt("@علی رضایی ", 11)).toBeNull();
  });

  it("suggests members Persian-aware: Arabic yeh and kaf match their Persian forms", () => {
    expect(suggestMembers([ali, maryam], "علي")).toEqual([ali]);
    expect(suggestMembers([ali, maryam], "")).toEqual([ali, maryam]);
  });

  it("keeps only picked members whose @name is still in the text", () => {
    expect(mentionedIn("@علی رضایی لطفاً ببینید", [ali, maryam])).toEqual(["u1"]);
    expect(mentionedIn("بدون نام", [ali])).toEqual([]);
  });

  it("cuts the text into plain and mention pieces, markup kept as text", () => {
    expect(splitMentions("<b>x</b> @علی رضایی و @مریم حسینی", [ali, maryam])).toEqual([
      { text: "<b>x</b> ", mention: false },
      { text: "@علی رضایی", mention: true },
      { text: " و ", mention: false },
      { text: "@مریم حسینی", mention: true },
    ]);
  });
});
