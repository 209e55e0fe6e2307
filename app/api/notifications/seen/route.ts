// POST {threadIds?}: the user has looked at these threads (or at all their
// news); answers what is left.
import { commentNotifications } from "@/lib/contracts/comments";
import { answer } from "@/app/api/answer";
import { markSeenSchema } from "@/lib/validation/comments";
import { parseInput } from "@/lib/validation/parse-input";
import { markCommentNotificationsSeen } from "@/server/domain/comments/mark-comment-notifications-seen";
import { jsonBody, jsonRoute } from "@/app/api/json-route";

export function POST(request: Request): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { threadIds } = parseInput(markSeenSchema, (await jsonBody(request)) ?? {});
    return answer(commentNotifications, await markCommentNotificationsSeen({ db: services.db, userId: user.id, threadIds }));
  });
}
