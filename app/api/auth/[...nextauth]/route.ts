import type { NextRequest } from "next/server";

import { auth, handlers } from "@/lib/auth/config";
import { endAllSessions } from "@/lib/auth/find-active-session-user";
import { signInPath } from "@/lib/auth/sign-in-redirects";

/** Auth.js pages the portal replaces with its own Italian sign-in page. */
const ownPages = new Set(["signin", "signout"]);

function actionOf(request: NextRequest): string | undefined {
  return request.nextUrl.pathname.split("/").at(-1);
}

/** Auth.js's endpoints, except its built-in English sign-in and sign-out pages, which redirect to /accedi. */
export async function GET(request: NextRequest) {
  if (ownPages.has(actionOf(request) ?? "")) return Response.redirect(new URL(signInPath, request.nextUrl.origin), 303);

  return handlers.GET(request);
}

/** Auth.js's endpoints. A sign-out here ends the account's other sessions too, as the portal's own sign-out does. */
export async function POST(request: NextRequest) {
  if (actionOf(request) === "signout") {
    const session = await auth();
    if (session?.user?.id) await endAllSessions(session.user.id);
  }

  return handlers.POST(request);
}
