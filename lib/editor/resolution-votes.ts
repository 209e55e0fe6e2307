// The votes on a resolution as its block keeps them: three counts (for,
// against, abstaining), each a whole number or null when not counted.
// Framework-free: the editor, the reading, the comparison and the lock use it.

export const VOTE_FIELDS = ["votesFor", "votesAgainst", "votesAbstain"] as const;
export type VoteField = (typeof VOTE_FIELDS)[number];

/** The most votes one field may hold: no commission seats more. */
export const MAX_VOTES = 999;

/** A count of votes as stored: a whole number 0–MAX_VOTES, or null (not counted). */
export function voteCount(value: unknown): number | null {
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof number === "number" && Number.isInteger(number) && number >= 0 && number <= MAX_VOTES ? number : null;
}
