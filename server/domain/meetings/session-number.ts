// A meeting's session number is unique within its series: a number another
// meeting of the series holds is refused with a message beside the field (the
// unique index on (seriesId, sessionNumber) stands behind this check).
import { AppError } from "@/lib/app-error";
import { isUniqueViolation, type Tx } from "@/server/db/transaction";

export function sessionNumberTaken(): AppError {
  return new AppError("invalid_input", "invalid.sessionNumber.taken", { sessionNumber: "invalid.sessionNumber.taken" });
}

export async function checkSessionNumber(
  tx: Tx,
  options: { seriesId: string | null; sessionNumber: number | null | undefined; meetingId?: string },
): Promise<void> {
  const { seriesId, sessionNumber } = options;
  if (sessionNumber === null || sessionNumber === undefined) return;
  if (seriesId === null) {
    throw new AppError("invalid_input", "invalid.sessionNumber.noSeries", { sessionNumber: "invalid.sessionNumber.noSeries" });
  }
  const holder = await tx.meeting.findFirst({
    where: { seriesId, sessionNumber, ...(options.meetingId ? { id: { not: options.meetingId } } : {}) },
    select: { id: true },
  });
  if (holder) throw sessionNumberTaken();
}

/** The number each series' next session would take: one past the highest a
 * meeting of it holds. A series none of whose meetings is numbered has none. */
export async function nextSessionNumbers(tx: Tx, seriesIds: readonly string[]): Promise<Map<string, number>> {
  if (seriesIds.length === 0) return new Map();
  const highest = await tx.meeting.groupBy({
    by: ["seriesId"],
    where: { seriesId: { in: [...seriesIds] }, sessionNumber: { not: null } },
    _max: { sessionNumber: true },
  });
  return new Map(highest.flatMap((row) => (row.seriesId !== null && row._max.sessionNumber !== null ? [[row.seriesId, row._max.sessionNumber + 1] as const] : [])));
}

/** A write that two requests raced for: the unique index's refusal said as the check says it. */
export function asSessionNumberTaken(error: unknown): unknown {
  return isUniqueViolation(error) ? sessionNumberTaken() : error;
}
