// GET ?q=&kind=&series=&from=&to=&body=&status=&category=&speaker=&sort=&page=:
// what the signed-in person may read that holds the words and that the
// filters keep, grouped by kind (server/domain/search).
import { searchAnswer } from "@/lib/contracts/search";
import { parseInput } from "@/lib/validation/parse-input";
import { searchParamsOf, searchQuerySchema } from "@/lib/validation/search";
import { searchEverything } from "@/server/domain/search/search-everything";
import { answer } from "../answer";
import { jsonRoute } from "../json-route";

export function GET(request: Request): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const query = parseInput(searchQuerySchema, searchParamsOf(new URL(request.url).searchParams));
    return answer(searchAnswer, await searchEverything({ db: services.db, userId: user.id, query }));
  });
}
