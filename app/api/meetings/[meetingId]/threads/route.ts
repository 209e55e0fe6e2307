// GET ?version=N: the meeting's comment threads in document order, read
// against version N or (without it) the live minutes, each with where its
// words are now or "outdated" (members; viewers unless the organizer hides
// comments from them). POST: a commenter opens a thread on a selection (201).
import { threadList, threadView } from "@/lib/contracts/comments";
import { answer } from "@/app/api/answer";
import { openThreadSchema } from "@/lib/validation/comments";
import { parseInput } from "@/lib/validation/parse-input";
import { listCommentThreads } from "@/server/domain/comments/list-comment-threads";
import { openCommentThread } from "@/server/domain/comments/open-comment-thread";
import { jsonBody, jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ meetingId: string }>;
}

export function GET(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId } = await context.params;
    const version = new URL(request.url).searchParams.get("version");
    return answer(threadList, await listCommentThreads({ db: services.db, userId: user.id, meetingId, version }));
  });
}

export function POST(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId } = await context.params;
    const fields = parseInput(openThreadSchema, await jsonBody(request));
    const thread = await openCommentThread({ db: services.db, events: services.comments, userId: user.id, meetingId, fields });
    return answer(threadView, thread, { status: 201 });
  });
}
