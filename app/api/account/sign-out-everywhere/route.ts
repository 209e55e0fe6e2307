// POST /api/account/sign-out-everywhere: ends every session of the signed-in
// user, this one included (its cookie stops working at once in this process).
import { endAllSessions } from "@/server/accounts/end-sessions";
import { jsonRoute } from "@/app/api/json-route";

export function POST(request: Request): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    await endAllSessions(services.db, user.id);
    return Response.json({ ended: true });
  });
}
