// Reads a request's body up to a limit, refusing more with 413 while it
// streams: a declared Content-Length over the limit is refused before a byte
// is read, and an undeclared or lying one as soon as the limit is crossed.
import { AppError } from "@/lib/app-error";

/** Every JSON route's limit unless it says otherwise. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;
/** Sign-in and setup: a few fields. */
export const SMALL_BODY_LIMIT = 16 * 1024;

export async function readBodyLimited(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    await request.body?.cancel().catch(() => undefined);
    throw new AppError("too_large");
  }
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new AppError("too_large");
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/** The body as JSON, or undefined when it is not JSON (the schema then says what is missing). */
export async function readJsonLimited(request: Request, limit = DEFAULT_BODY_LIMIT): Promise<unknown> {
  const body = await readBodyLimited(request, limit);
  try {
    return JSON.parse(new TextDecoder().decode(body)) as unknown;
  } catch {
    return undefined;
  }
}
