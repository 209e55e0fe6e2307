// GET ?q=…: active accounts whose name or email holds the text, for those who
// add people to meetings (administrators and organizers).
import { z } from "zod";
import { directoryAnswer } from "@/lib/contracts/directory";
import { message } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse-input";
import { searchDirectory } from "@/server/accounts/search-directory";
import { answer } from "../answer";
import { jsonRoute } from "../json-route";

const querySchema = z.string(message("invalid.value")).max(100, message("invalid.value"));

export function GET(request: Request): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const query = parseInput(querySchema, new URL(request.url).searchParams.get("q") ?? "");
    return answer(directoryAnswer, { accounts: await searchDirectory(services.db, user.id, query) });
  });
}
