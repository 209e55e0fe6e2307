"use client";
// The meeting form's people: the guests (name, position, organisation) and
// the attendees (name, affiliation, and the account an attendee is linked to).
import { AttendeeAccount } from "./attendee-account";
import { PeopleFieldset, type ListControls } from "./meeting-form-lists";
import { attendeeFieldId, FIELD_IDS, guestFieldId, type AttendeeRow, type GuestRow } from "./meeting-form-model";

export function MeetingFormPeople(props: {
  controls: ListControls;
  guests: GuestRow[];
  attendees: AttendeeRow[];
  onGuests: (rows: GuestRow[]) => void;
  onAttendees: (rows: AttendeeRow[]) => void;
}) {
  const { controls } = props;
  const { t } = controls;
  return (
    <section className="form-section card" aria-label={t("meetingForm.people")}>
      <PeopleFieldset<"name" | "role" | "organisation", GuestRow>
        controls={controls}
        listId={FIELD_IDS.guests}
        legend="meetingForm.guests"
        empty="meetingForm.guestsEmpty"
        rowLegend="meetingForm.guest"
        addLabel="meetingForm.addGuest"
        rowFieldId={(key) => guestFieldId(key)}
        fields={[
          { name: "name", label: "meetingForm.name", fieldId: (key) => guestFieldId(key, "name") },
          { name: "role", label: "meetingForm.position", fieldId: (key) => guestFieldId(key, "role") },
          {
            name: "organisation",
            label: "meetingForm.organisation",
            fieldId: (key) => guestFieldId(key, "organisation"),
          },
        ]}
        rows={props.guests}
        newRow={(key) => ({ key, name: "", role: "", organisation: "" })}
        onChange={props.onGuests}
      />
      <PeopleFieldset<"name" | "affiliation", AttendeeRow>
        controls={controls}
        listId={FIELD_IDS.attendees}
        legend="meetingForm.attendees"
        empty="meetingForm.attendeesEmpty"
        rowLegend="meetingForm.attendee"
        addLabel="meetingForm.addAttendee"
        rowFieldId={(key) => attendeeFieldId(key)}
        fields={[
          { name: "name", label: "meetingForm.name", fieldId: (key) => attendeeFieldId(key, "name") },
          {
            name: "affiliation",
            label: "meetingForm.affiliation",
            fieldId: (key) => attendeeFieldId(key, "affiliation"),
          },
        ]}
        rows={props.attendees}
        newRow={(key) => ({ key, userId: null, account: null, name: "", affiliation: "" })}
        onChange={props.onAttendees}
        extra={(row, update) => (
          <AttendeeAccount
            t={t}
            fieldId={attendeeFieldId(row.key, "account")}
            attendeeName={row.name}
            account={row.account}
            linked={row.userId !== null}
            onLink={(entry) =>
              update(entry ? { userId: entry.id, account: { name: entry.name, email: entry.email } } : { userId: null, account: null })
            }
          />
        )}
      />
    </section>
  );
}
