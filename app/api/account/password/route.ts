// POST { current, password }: the signed-in user's new password. Every session
// of the account ends, this one included; the page signs in again.
import { passwordChanged } from "@/lib/contracts/accounts";
import { answer } from "@/app/api/answer";
import { changePasswordSchema } from "@/lib/validation/accounts";
import { parseInput } from "@/lib/validation/parse-input";
import { changePassword } from "@/server/accounts/profile";
import { CLIENT_ADDRESS_HEADER } from "@/server/auth/auth-options";
import { jsonRoute } from "@/app/api/json-route";
import { readJsonLimited, SMALL_BODY_LIMIT } from "@/app/api/limited-body";

export function POST(request: Request): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const fields = parseInput(changePasswordSchema, await readJsonLimited(request, SMALL_BODY_LIMIT));
    const address = request.headers.get(CLIENT_ADDRESS_HEADER) || null;
    await changePassword(services.db, services.signInLimiter, user.id, { ...fields, address });
    return answer(passwordChanged, { changed: true });
  });
}
