// GET ?version=N: one thread, read against version N or the live minutes
// (what a live page refetches when told the thread changed). PATCH {status}:
// a commenter resolves or reopens it.
import { threadAnswer, threadView } from "@/lib/contracts/comments";
import { answer } from "@/app/api/answer";
import { threadStatusSchema } from "@/lib/validation/comments";
import { parseInput } from "@/lib/validation/parse-input";
import { getCommentThread } from "@/server/domain/comments/list-comment-threads";
import { setThreadStatus } from "@/server/domain/comments/set-thread-status";
import { jsonBody, jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ meetingId: string; threadId: string }>;
}

export function GET(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId, threadId } = await context.params;
    const version = new URL(request.url).searchParams.get("version");
    return answer(threadView, await getCommentThread({ db: services.db, userId: user.id, meetingId, threadId, version }));
  });
}

export function PATCH(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId, threadId } = await context.params;
    const { status } = parseInput(threadStatusSchema, await jsonBody(request));
    const { db, comments: events } = services;
    return answer(threadAnswer, { thread: await setThreadStatus({ db, events, userId: user.id, meetingId, threadId, status }) });
  });
}
