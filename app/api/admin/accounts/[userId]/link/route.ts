// POST { kind: "invite" | "reset" }: a new one-time link for the account (its
// earlier links stop working), for administrators.
import { sentAccountLink } from "@/lib/contracts/accounts";
import { answer } from "@/app/api/answer";
import { accountLinkKindSchema } from "@/lib/validation/accounts";
import { parseInput } from "@/lib/validation/parse-input";
import { sendAccountLink } from "@/server/accounts/manage-accounts";
import { jsonBody, jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ userId: string }>;
}

export function POST(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { userId } = await context.params;
    const { kind } = parseInput(accountLinkKindSchema, await jsonBody(request));
    return answer(sentAccountLink, { link: await sendAccountLink(services.db, user.id, userId, kind) }, { status: 201 });
  });
}
