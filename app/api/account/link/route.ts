// POST { token, password }: the holder of an invitation or reset link sets the
// password (the link is spent; the account's other sessions end). No session
// needed; at most 16 KiB.
import { redeemedLink } from "@/lib/contracts/accounts";
import { answer } from "@/app/api/answer";
import { redeemLinkSchema } from "@/lib/validation/accounts";
import { parseInput } from "@/lib/validation/parse-input";
import { redeemAccountLink } from "@/server/accounts/account-links";
import { getServices } from "@/server/services";
import { errorResponse, requestLocale } from "@/app/api/error-response";
import { refuseCrossSite } from "@/app/api/same-origin";
import { readJsonLimited, SMALL_BODY_LIMIT } from "@/app/api/limited-body";

export async function POST(request: Request): Promise<Response> {
  try {
    refuseCrossSite(request);
    const { token, password } = parseInput(redeemLinkSchema, await readJsonLimited(request, SMALL_BODY_LIMIT));
    return answer(redeemedLink, await redeemAccountLink(getServices().db, token, password));
  } catch (error) {
    return errorResponse(error, requestLocale(request));
  }
}
