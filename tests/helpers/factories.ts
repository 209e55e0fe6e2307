// Factories for users and meetings in a real test database.
import { randomUUID } from "node:crypto";
import { meetingDocName } from "@/lib/collab-protocol";
import type { Role } from "@/lib/roles";
import { hashPassword } from "@/server/auth/password";
import type { Db } from "@/server/db/client";
import { storeInitialMinutes } from "@/server/domain/minutes/store-initial-minutes";

export const TEST_PASSWORD = "test-password-1";

export async function createUser(db: Db, name = "کاربر آزمایشی"): Promise<{ id: string; email: string; name: string }> {
  const email = `${randomUUID()}@test.kateb`;
  return db.user.create({
    data: { email, name, color: "#0f766e", passwordHash: await hashPassword(TEST_PASSWORD) },
    select: { id: true, email: true, name: true },
  });
}

export async function createMeeting(
  db: Db,
  members: Array<{ userId: string; role: Role }>,
  options: { title?: string; agenda?: string[]; storeMinutes?: boolean } = {},
): Promise<{ id: string; docName: string }> {
  const meeting = await db.meeting.create({
    data: {
      title: options.title ?? "جلسهٔ آزمایشی Test meeting",
      startsAt: new Date("2019-11-16T14:30:00Z"),
      place: "قم",
      agenda: { create: (options.agenda ?? ["دستور اول", "دستور دوم"]).map((title, position) => ({ title, position })) },
      memberships: { create: members },
    },
  });
  const docName = meetingDocName(meeting.id);
  if (options.storeMinutes !== false) await storeInitialMinutes({ db, docName });
  return { id: meeting.id, docName };
}

/** A meeting with one new user per role given, returned in the same order. */
export async function createMeetingWithMembers<const R extends readonly Role[]>(
  db: Db,
  roles: R,
  options: { title?: string; agenda?: string[]; storeMinutes?: boolean } = {},
): Promise<{ id: string; docName: string; members: { [K in keyof R]: { id: string; email: string; name: string } } }> {
  const users = await Promise.all(roles.map(() => createUser(db)));
  const meeting = await createMeeting(
    db,
    users.map((user, index) => ({ userId: user.id, role: roles[index] ?? "viewer" })),
    options,
  );
  return { ...meeting, members: users as { [K in keyof R]: { id: string; email: string; name: string } } };
}
