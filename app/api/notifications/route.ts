// GET: the signed-in user's comment news: threads where someone replied after
// them or mentioned them since they last looked, newest first, with the count.
import { listCommentNotifications } from "@/server/domain/comments/list-comment-notifications";
import { jsonRoute } from "../json-route";

export function GET(request: Request): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) =>
    Response.json(await listCommentNotifications({ db: services.db, userId: user.id })),
  );
}
