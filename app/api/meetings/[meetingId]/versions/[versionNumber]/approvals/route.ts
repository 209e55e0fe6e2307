// GET: the version's approval requests, each with its answer (members).
// POST {userIds}: the organizer asks members of the meeting to approve the
// version (201); a non-member, someone asked already or a superseded version
// is refused, and nobody is asked.
import { versionApprovals } from "@/lib/contracts/approvals";
import { askForApprovalSchema } from "@/lib/validation/approvals";
import { parseInput } from "@/lib/validation/parse-input";
import { askForApproval } from "@/server/domain/approvals/ask-for-approval";
import { getVersionApprovals } from "@/server/domain/approvals/get-version-approvals";
import { answer } from "@/app/api/answer";
import { jsonBody, jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ meetingId: string; versionNumber: string }>;
}

export function GET(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId, versionNumber } = await context.params;
    return answer(versionApprovals, await getVersionApprovals({ db: services.db, userId: user.id, meetingId, versionNumber }));
  });
}

export function POST(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId, versionNumber } = await context.params;
    const { userIds } = parseInput(askForApprovalSchema, await jsonBody(request));
    const asked = await askForApproval({ db: services.db, events: services.minutesState, userId: user.id, meetingId, versionNumber, userIds });
    return answer(versionApprovals, asked, { status: 201 });
  });
}
