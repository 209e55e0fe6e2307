// A series' letterhead: read by anyone who may read the series, changed by
// those who manage it. The logo is kept by the hash of its bytes
// (LetterheadLogo) and never removed, so versions locked with it keep it.
import { createHash } from "node:crypto";
import { AppError } from "@/lib/app-error";
import type { Letterhead, PrintedLetterhead } from "@/lib/contracts/letterhead";
import { inspectLogo } from "@/lib/letterhead-logo";
import type { LetterheadTextFields } from "@/lib/validation/letterhead";
import type { Db } from "@/server/db/client";
import type { Tx } from "@/server/db/transaction";
import { requireSeriesAccess, requireSeriesManager } from "../access/series-access";

/** The letterhead of a series as it is now (null when it has none at all). */
export async function currentLetterhead(tx: Tx, seriesId: string): Promise<Letterhead> {
  const series = await tx.series.findUniqueOrThrow({
    where: { id: seriesId },
    select: { letterheadOrganisation: true, letterheadUnit: true, letterheadLogo: true },
  });
  const logo = series.letterheadLogo
    ? await tx.letterheadLogo.findUnique({ where: { sha256: series.letterheadLogo }, select: { sha256: true, mime: true, width: true, height: true } })
    : null;
  return {
    organisation: series.letterheadOrganisation,
    unit: series.letterheadUnit,
    logo: logo && (logo.mime === "image/png" || logo.mime === "image/jpeg") ? { ...logo, mime: logo.mime } : null,
  };
}

export async function getLetterhead(options: { db: Db; userId: string; seriesId: string }): Promise<Letterhead> {
  await requireSeriesAccess(options.db, options.seriesId, options.userId);
  return currentLetterhead(options.db, options.seriesId);
}

export async function setLetterheadText(options: { db: Db; userId: string; seriesId: string; fields: LetterheadTextFields }): Promise<Letterhead> {
  return options.db.$transaction(async (tx) => {
    await requireSeriesManager(tx, options.seriesId, options.userId);
    await tx.series.update({
      where: { id: options.seriesId },
      data: { letterheadOrganisation: options.fields.organisation, letterheadUnit: options.fields.unit },
    });
    return currentLetterhead(tx, options.seriesId);
  });
}

/** Checks the bytes before anything is written: a refused file changes nothing. */
export async function setLetterheadLogo(options: { db: Db; userId: string; seriesId: string; bytes: Uint8Array }): Promise<Letterhead> {
  const facts = inspectLogo(options.bytes);
  return options.db.$transaction(async (tx) => {
    await requireSeriesManager(tx, options.seriesId, options.userId);
    if ("problem" in facts) throw new AppError(facts.problem === "invalid.logo.tooLarge" ? "too_large" : "invalid_input", facts.problem, { logo: facts.problem });
    const sha256 = createHash("sha256").update(options.bytes).digest("hex");
    await tx.letterheadLogo.upsert({
      where: { sha256 },
      create: { sha256, ...facts, bytes: Uint8Array.from(options.bytes) },
      update: {},
    });
    await tx.series.update({ where: { id: options.seriesId }, data: { letterheadLogo: sha256 } });
    return currentLetterhead(tx, options.seriesId);
  });
}

export async function removeLetterheadLogo(options: { db: Db; userId: string; seriesId: string }): Promise<Letterhead> {
  return options.db.$transaction(async (tx) => {
    await requireSeriesManager(tx, options.seriesId, options.userId);
    await tx.series.update({ where: { id: options.seriesId }, data: { letterheadLogo: null } });
    return currentLetterhead(tx, options.seriesId);
  });
}

/** A logo's image, for whoever may read a series or a version that prints it. */
export async function logoImage(db: Db, sha256: string): Promise<{ mime: string; bytes: Uint8Array } | null> {
  return db.letterheadLogo.findUnique({ where: { sha256 }, select: { mime: true, bytes: true } });
}

/** What a version kept of its letterhead, with the logo's bytes, for its report. */
export async function printedLetterhead(db: Db, kept: Letterhead | undefined): Promise<PrintedLetterhead | null> {
  if (!kept) return null;
  const image = kept.logo ? await logoImage(db, kept.logo.sha256) : null;
  return { organisation: kept.organisation, unit: kept.unit, logo: kept.logo && image ? { ...kept.logo, bytes: image.bytes } : null };
}
