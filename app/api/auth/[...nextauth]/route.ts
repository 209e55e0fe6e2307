import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptions } from "../../../../server/auth/auth-options";

interface RouteContext {
  params: Promise<{ nextauth: string[] }>;
}

async function handler(request: NextRequest, context: RouteContext): Promise<Response> {
  const params = await context.params;
  return (await NextAuth(request, { params }, authOptions())) as Response;
}

export { handler as GET, handler as POST };
