// PATCH: the organizer changes a member's role. DELETE: removes the member.
// A meeting keeps at least one organizer.
import { memberList } from "@/lib/contracts/members";
import { answer } from "@/app/api/answer";
import { changeRoleSchema } from "@/lib/validation/membership";
import { parseInput } from "@/lib/validation/parse-input";
import { changeMemberRole } from "@/server/domain/meetings/change-member-role";
import { removeMember } from "@/server/domain/meetings/remove-member";
import { jsonBody, jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ meetingId: string; userId: string }>;
}

export function PATCH(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId, userId: memberId } = await context.params;
    const { role } = parseInput(changeRoleSchema, await jsonBody(request));
    const { db, events } = services;
    return answer(memberList, { members: await changeMemberRole({ db, events, userId: user.id, meetingId, memberId, role }) });
  });
}

export function DELETE(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId, userId: memberId } = await context.params;
    const { db, events } = services;
    return answer(memberList, { members: await removeMember({ db, events, userId: user.id, meetingId, memberId }) });
  });
}
