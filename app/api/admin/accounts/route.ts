// GET: every account, for administrators. POST: a new account and its
// invitation link (the path; the page adds its origin), for administrators.
import { createAccountSchema } from "@/lib/validation/accounts";
import { parseInput } from "@/lib/validation/parse-input";
import { createAccount, listAccounts } from "@/server/accounts/manage-accounts";
import { jsonBody, jsonRoute } from "@/app/api/json-route";

export function GET(request: Request): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => Response.json({ accounts: await listAccounts(services.db, user.id) }));
}

export function POST(request: Request): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const fields = parseInput(createAccountSchema, await jsonBody(request));
    const created = await createAccount(services.db, user.id, fields);
    return Response.json(created, { status: 201 });
  });
}
