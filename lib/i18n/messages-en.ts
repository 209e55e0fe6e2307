// English UI strings. Keys and placeholders must match messages-fa.ts.
import type { Messages } from "./messages-fa";

export const en: Messages = {
  "app.name": "Kateb",
  "app.tagline": "Meeting minutes, written together",
  "minutes.heading.agenda": "Presentation by agenda topic",
  "minutes.heading.qa": "Questions and answers",
  "minutes.heading.proposals": "Proposals",
  "minutes.heading.followUps": "Follow-ups",
  "minutes.place": "Place: {place}",
  "minutes.guest": "Guest: {name}, {role}",
  "error.unauthenticated": "Please sign in first.",
  "error.not_found": "Not found.",
  "error.forbidden": "You are not allowed to do that.",
  "error.invalid_input": "Some of what you entered is not valid.",
  "error.internal": "Something went wrong on our side. Please try again.",
  "error.conflict": "That conflicts with the current state.",
};
