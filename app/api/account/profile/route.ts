// PUT { name, locale }: the signed-in user's own name and interface language.
import { profile } from "@/lib/contracts/accounts";
import { answer } from "@/app/api/answer";
import { profileSchema } from "@/lib/validation/accounts";
import { parseInput } from "@/lib/validation/parse-input";
import { updateProfile } from "@/server/accounts/profile";
import { jsonBody, jsonRoute } from "@/app/api/json-route";

export function PUT(request: Request): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const fields = parseInput(profileSchema, await jsonBody(request));
    await updateProfile(services.db, user.id, fields);
    return answer(profile, fields);
  });
}
