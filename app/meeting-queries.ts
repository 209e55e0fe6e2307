// The meeting a page shows its member, as the domain reads it (getMeeting),
// read once per request: a page and its metadata share it. A meeting the user
// is not a member of is indistinguishable from none at all: null.
import { cache } from "react";
import { isAppError } from "../lib/app-error";
import { getMeeting } from "../server/domain/meetings/get-meeting";
import type { MeetingView } from "../server/domain/meetings/meeting-view";
import { getServices } from "../server/services";

export const findMeetingForMember = cache(async (meetingId: string, userId: string): Promise<MeetingView | null> => {
  try {
    return await getMeeting({ db: getServices().db, userId, meetingId });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return null;
    throw error;
  }
});
