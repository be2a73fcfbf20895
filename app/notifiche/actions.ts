"use server";

import { redirect } from "next/navigation";

import { requireUser } from "@/lib/auth/policy";
import { setFlash } from "@/lib/flash/set-flash";
import { markAllNotificationsRead } from "@/lib/notifications/mark-notifications-read";

/** Marks every notification of the signed-in user as read and reloads the list. A public POST endpoint: it checks the session first. */
export async function markAllNotificationsReadAction(): Promise<void> {
  const user = await requireUser({ returnTo: "/notifiche" });

  await markAllNotificationsRead(user.id);

  await setFlash({ tone: "success", messageKey: "notifications.flash.allRead" });
  redirect("/notifiche");
}
