// PUT { active }: deactivates an account (its sessions and live connections
// end at once) or reactivates it, for administrators.
import { accountActive } from "@/lib/contracts/accounts";
import { answer } from "@/app/api/answer";
import { accountActiveSchema } from "@/lib/validation/accounts";
import { parseInput } from "@/lib/validation/parse-input";
import { setAccountActive } from "@/server/accounts/manage-accounts";
import { jsonBody, jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ userId: string }>;
}

export function PUT(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { userId } = await context.params;
    const { active } = parseInput(accountActiveSchema, await jsonBody(request));
    await setAccountActive(services.db, services.events, user.id, userId, active);
    return answer(accountActive, { active });
  });
}
