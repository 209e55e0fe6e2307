// GET: a meeting's details (members). PATCH: edit them (organizers).
import { meetingView } from "@/lib/contracts/meetings";
import { answer } from "@/app/api/answer";
import { editMeetingSchema } from "@/lib/validation/meeting";
import { parseInput } from "@/lib/validation/parse-input";
import { editMeeting } from "@/server/domain/meetings/edit-meeting";
import { getMeeting } from "@/server/domain/meetings/get-meeting";
import { jsonBody, jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ meetingId: string }>;
}

export function GET(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId } = await context.params;
    return answer(meetingView, await getMeeting({ db: services.db, userId: user.id, meetingId }));
  });
}

export function PATCH(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId } = await context.params;
    const fields = parseInput(editMeetingSchema, await jsonBody(request));
    const { db, events } = services;
    return answer(meetingView, await editMeeting({ db, events, userId: user.id, meetingId, fields }));
  });
}
