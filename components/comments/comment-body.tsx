// A comment's text as written: plain text (markup shows as the characters it
// is), line breaks kept, mentioned members marked.
import { splitMentions } from "@/lib/comments/mention-text";
import type { Person } from "@/lib/contracts/moment";

export function CommentBody({ text, mentions }: { text: string; mentions: readonly Person[] }) {
  return (
    <p className="comment__body" dir="auto">
      {splitMentions(text, mentions).map((piece, index) =>
        piece.mention ? (
          <bdi key={index} className="comment__mention">
            {piece.text}
          </bdi>
        ) : (
          <span key={index}>{piece.text}</span>
        ),
      )}
    </p>
  );
}
