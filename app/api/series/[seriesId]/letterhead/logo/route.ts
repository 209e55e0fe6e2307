// PUT (the image's bytes as the body, PNG or JPEG, at most 1 MiB): the
// series' logo; DELETE: no logo (organizers of the series). GET: the logo's
// image (anyone who may read the series). What the file is, is read from its
// bytes, never from the Content-Type the browser sends.
import { AppError, isAppError } from "@/lib/app-error";
import { letterhead } from "@/lib/contracts/letterhead";
import { LOGO_MAX_BYTES } from "@/lib/letterhead-logo";
import { getLetterhead, logoImage, removeLetterheadLogo, setLetterheadLogo } from "@/server/domain/series/letterhead";
import { answer } from "@/app/api/answer";
import { jsonRoute } from "@/app/api/json-route";
import { readBodyLimited } from "@/app/api/limited-body";

interface Context {
  params: Promise<{ seriesId: string }>;
}

async function logoBytes(request: Request): Promise<Uint8Array> {
  try {
    return await readBodyLimited(request, LOGO_MAX_BYTES);
  } catch (error) {
    if (isAppError(error) && error.code === "too_large") throw new AppError("too_large", "invalid.logo.tooLarge", { logo: "invalid.logo.tooLarge" });
    throw error;
  }
}

export function PUT(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { seriesId } = await context.params;
    const bytes = await logoBytes(request);
    return answer(letterhead, await setLetterheadLogo({ db: services.db, userId: user.id, seriesId, bytes }));
  }, "binary");
}

export function DELETE(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { seriesId } = await context.params;
    return answer(letterhead, await removeLetterheadLogo({ db: services.db, userId: user.id, seriesId }));
  });
}

export function GET(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { seriesId } = await context.params;
    const current = await getLetterhead({ db: services.db, userId: user.id, seriesId });
    const image = current.logo ? await logoImage(services.db, current.logo.sha256) : null;
    if (!image) throw new AppError("not_found", "letterhead.noLogo");
    return new Response(new Uint8Array(image.bytes), {
      headers: { "content-type": image.mime, "cache-control": "private, no-store", "x-content-type-options": "nosniff" },
    });
  });
}
