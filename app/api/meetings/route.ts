// GET: the user's meetings, upcoming and past (?seriesId= for one series).
// POST: create a meeting in a series the user manages; they become its organizer.
import { meetingList, meetingView } from "@/lib/contracts/meetings";
import { answer } from "@/app/api/answer";
import { createMeetingSchema } from "@/lib/validation/meeting";
import { parseInput } from "@/lib/validation/parse-input";
import { createMeeting } from "@/server/domain/meetings/create-meeting";
import { listMeetings } from "@/server/domain/meetings/list-meetings";
import { jsonBody, jsonRoute } from "../json-route";

export function GET(request: Request): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const seriesId = new URL(request.url).searchParams.get("seriesId") ?? undefined;
    return answer(meetingList, await listMeetings({ db: services.db, userId: user.id, seriesId }));
  });
}

export function POST(request: Request): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const fields = parseInput(createMeetingSchema, await jsonBody(request));
    return answer(meetingView, await createMeeting({ db: services.db, userId: user.id, fields }), { status: 201 });
  });
}
