// POST: the organizer adds an existing user, by email, with a role.
import { memberList } from "@/lib/contracts/members";
import { answer } from "@/app/api/answer";
import { addMemberSchema } from "@/lib/validation/membership";
import { parseInput } from "@/lib/validation/parse-input";
import { addMember } from "@/server/domain/meetings/add-member";
import { jsonBody, jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ meetingId: string }>;
}

export function POST(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId } = await context.params;
    const fields = parseInput(addMemberSchema, await jsonBody(request));
    const { db, events } = services;
    const members = await addMember({ db, events, userId: user.id, meetingId, fields });
    return answer(memberList, { members }, { status: 201 });
  });
}
