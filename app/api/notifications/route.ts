// GET: the signed-in user's comment news: threads where someone replied after
// them or mentioned them since they last looked, newest first, with the count.
import { commentNotifications } from "@/lib/contracts/comments";
import { answer } from "@/app/api/answer";
import { listCommentNotifications } from "@/server/domain/comments/list-comment-notifications";
import { jsonRoute } from "../json-route";

export function GET(request: Request): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) =>
    answer(commentNotifications, await listCommentNotifications({ db: services.db, userId: user.id })),
  );
}
