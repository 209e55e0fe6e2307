// PUT {attendees: [{attendeeId, status?, leftAt?, sessionRole?}]}: the
// organizer marks attendance; the answer is the meeting as its members see it.
import { meetingView } from "@/lib/contracts/meetings";
import { answer } from "@/app/api/answer";
import { markAttendanceSchema } from "@/lib/validation/attendance";
import { parseInput } from "@/lib/validation/parse-input";
import { markAttendance } from "@/server/domain/meetings/mark-attendance";
import { jsonBody, jsonRoute } from "@/app/api/json-route";

interface Context {
  params: Promise<{ meetingId: string }>;
}

export function PUT(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId } = await context.params;
    const fields = parseInput(markAttendanceSchema, await jsonBody(request));
    return answer(meetingView, await markAttendance({ db: services.db, userId: user.id, meetingId, fields }));
  });
}
