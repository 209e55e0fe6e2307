// POST /api/setup: the first administrator, created with the one-time setup
// code printed at the first start without accounts. No session needed (there
// is no account yet); the body is at most 16 KiB, refused with 413 beyond.
import { AppError } from "@/lib/app-error";
import { firstAdmin } from "@/lib/contracts/accounts";
import { parseInput } from "@/lib/validation/parse-input";
import { setupSchema } from "@/lib/validation/accounts";
import { createFirstAdmin } from "@/server/accounts/create-first-admin";
import { getServices } from "@/server/services";
import { answer } from "../answer";
import { errorResponse, requestLocale } from "../error-response";
import { readJsonLimited, SMALL_BODY_LIMIT } from "../limited-body";
import { refuseCrossSite } from "../same-origin";

export async function POST(request: Request): Promise<Response> {
  try {
    refuseCrossSite(request);
    const fields = parseInput(setupSchema, await readJsonLimited(request, SMALL_BODY_LIMIT));
    const { db, setup } = getServices();
    if (!setup?.matches(fields.code)) throw new AppError("forbidden", "setup.linkInvalid");
    const admin = await createFirstAdmin(db, fields);
    setup.spend();
    return answer(firstAdmin, { id: admin.id }, { status: 201 });
  } catch (error) {
    return errorResponse(error, requestLocale(request));
  }
}
