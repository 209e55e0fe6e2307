// The minutes' state and the organizer's lock and reopen, as placed on the
// meeting page: reads the state on the server for the client component.
import { MinutesLifecycle } from "@/components/minutes/minutes-lifecycle";
import { minutesState } from "@/lib/contracts/minutes-state";
import type { Locale } from "@/lib/i18n/locales";
import type { Role } from "@/lib/roles";
import { getMinutesState } from "@/server/domain/minutes/meeting-minutes-state";
import { getServices } from "@/server/services";

export async function MinutesLifecycleSlot(props: { meetingId: string; userId: string; role: Role; locale: Locale }) {
  const state = await getMinutesState({ db: getServices().db, userId: props.userId, meetingId: props.meetingId });
  return <MinutesLifecycle meetingId={props.meetingId} role={props.role} locale={props.locale} state={minutesState.parse(state)} />;
}
