// PUT {decision: approve|decline, note}: the member asked to approve the
// version answers, from their own account, once (a decline needs a note).
// Anyone not asked is refused (403); a superseded version or a second answer, 409.
import { versionApprovals } from "@/lib/contracts/approvals";
import { answerApprovalSchema } from "@/lib/validation/approvals";
import { parseInput } from "@/lib/validation/parse-input";
import { answerApproval } from "@/server/domain/approvals/answer-approval";
import { answer } from "@/app/api/answer";
import { jsonBody, jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ meetingId: string; versionNumber: string }>;
}

export function PUT(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId, versionNumber } = await context.params;
    const { decision, note } = parseInput(answerApprovalSchema, await jsonBody(request));
    const answered = await answerApproval({ db: services.db, events: services.minutesState, userId: user.id, meetingId, versionNumber, decision, note });
    return answer(versionApprovals, answered);
  });
}
