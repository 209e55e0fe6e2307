// GET: every account, for administrators. POST: a new account and its
// invitation link (the path; the page adds its origin), for administrators.
import { accountList, createdAccount } from "@/lib/contracts/accounts";
import { answer } from "@/app/api/answer";
import { createAccountSchema } from "@/lib/validation/accounts";
import { parseInput } from "@/lib/validation/parse-input";
import { createAccount, listAccounts } from "@/server/accounts/manage-accounts";
import { jsonBody, jsonRoute } from "@/app/api/json-route";

export function GET(request: Request): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => answer(accountList, { accounts: await listAccounts(services.db, user.id) }));
}

export function POST(request: Request): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const fields = parseInput(createAccountSchema, await jsonBody(request));
    const created = await createAccount(services.db, user.id, fields);
    return answer(createdAccount, created, { status: 201 });
  });
}
