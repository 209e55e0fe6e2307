// A JSON client for Kateb's route handlers, as one signed-in user (or nobody).
export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
}

export interface ApiError {
  error: { code: string; message: string; fields?: Record<string, string> };
}

export type Api = (method: string, path: string, body?: unknown) => Promise<ApiAnswer>;

export function apiClient(baseUrl: string, cookie?: string): Api {
  return async (method, path, body) => {
    const headers: Record<string, string> = {};
    if (cookie) headers.cookie = cookie;
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: "manual",
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
}

/** The error of a refused request, for assertions. */
export function errorOf(answer: ApiAnswer): ApiError["error"] {
  return (answer.body as ApiError).error;
}
