// Issues a short-lived collaboration token for a meeting's minutes to a
// signed-in member of that meeting, with what the editor needs to know as it
// opens: the role, whether the minutes are locked, the newest version's number
// and whose edits it may keep offline (the user's id).
import { z } from "zod";
import { AppError } from "@/lib/app-error";
import { collabTicket } from "@/lib/contracts/collab-token";
import { canEditMinutes } from "@/lib/roles";
import { meetingDocName } from "@/lib/collab-protocol";
import { issueCollabTicket } from "@/server/auth/collab-token";
import { requireUser } from "@/server/auth/session";
import { getDocumentAccess } from "@/server/domain/access/get-document-access";
import { latestVersionNumber } from "@/server/domain/versions/latest-version-number";
import { getServices } from "@/server/services";
import { answer } from "../answer";
import { errorResponse, requestLocale } from "../error-response";
import { readJsonLimited, SMALL_BODY_LIMIT } from "../limited-body";
import { refuseCrossSite } from "../same-origin";

const bodySchema = z.object({ meetingId: z.string().min(1).max(64) });

export async function POST(request: Request): Promise<Response> {
  try {
    refuseCrossSite(request);
    const user = await requireUser();
    const body = bodySchema.parse((await readJsonLimited(request, SMALL_BODY_LIMIT)) ?? {});
    const { config, db } = getServices();
    const docName = meetingDocName(body.meetingId);
    const access = await getDocumentAccess({ db, userId: user.id, docName });
    if (!access) throw new AppError("not_found");
    const ticket = issueCollabTicket({
      secret: config.secret,
      ttlSeconds: config.collab.tokenTtlSeconds,
      userId: user.id,
      docName,
    });
    const version = await latestVersionNumber(db, body.meetingId);
    return answer(collabTicket, {
      ...ticket,
      userId: user.id,
      role: access.role,
      canEdit: canEditMinutes(access.role) && !access.locked,
      locked: access.locked,
      version,
    });
  } catch (error) {
    return errorResponse(error, requestLocale(request));
  }
}
