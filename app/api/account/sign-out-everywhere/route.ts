// POST /api/account/sign-out-everywhere: ends every session of the signed-in
// user, this one included (its cookie stops working at once in this process).
import { sessionsEnded } from "@/lib/contracts/accounts";
import { answer } from "@/app/api/answer";
import { endAllSessions } from "@/server/accounts/end-sessions";
import { jsonRoute } from "@/app/api/json-route";

export function POST(request: Request): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    await endAllSessions(services.db, user.id);
    return answer(sessionsEnded, { ended: true });
  });
}
