"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";

import { cafApplicationFields } from "@/lib/bonus/caf-application-schema";
import { cafApplicationPath, cafApplicationsPath, type BonusFormState } from "@/lib/bonus/bonus-form-state";
import { requireCafOperator } from "@/lib/bonus/caf-operator";
import { correctCafApplication } from "@/lib/bonus/correct-caf-application";
import { createCafApplication } from "@/lib/bonus/create-caf-application";
import { isAppError } from "@/lib/errors/app-error";
import { setFlash } from "@/lib/flash/set-flash";
import { formValuesOf } from "@/lib/requests/request-form-state";

// Public POST endpoints for CAF operators: each loads the operator's office first, and the
// domain functions scope every application to that office.

/** Files a bonus application for a household and redirects to it, or returns the errors and the values sent. */
export async function createCafApplicationAction(_previous: BonusFormState, formData: FormData): Promise<BonusFormState> {
  const operator = await requireCafOperator("bonus:create:caf", `${cafApplicationsPath}/nuova`);
  const values = formValuesOf(formData, ["idempotencyKey", ...cafApplicationFields]);

  const result = await createCafApplication(operator, values);
  if (!result.ok) {
    const formError = result.fieldErrors.idempotencyKey ? "formExpired" : null;
    return { fieldErrors: result.fieldErrors, formError, values };
  }

  await setFlash({ tone: "success", messageKey: "caf.flash.created", values: { reference: result.reference } });
  redirect(cafApplicationPath(result.applicationId));
}

/** Sends the corrected data of an application the back office returned, and redirects to it. */
export async function correctCafApplicationAction(applicationId: string, _previous: BonusFormState, formData: FormData): Promise<BonusFormState> {
  const id = z.uuid().safeParse(applicationId);
  if (!id.success) notFound();
  const operator = await requireCafOperator("bonus:create:caf", cafApplicationPath(id.data));
  const values = formValuesOf(formData, [...cafApplicationFields]);

  try {
    const result = await correctCafApplication(operator, id.data, values);
    if (!result.ok) return { fieldErrors: result.fieldErrors, formError: null, values };
  } catch (error) {
    if (isAppError(error, "bonus.notFound")) notFound();
    if (isAppError(error, "bonus.notAwaitingCorrection")) return { fieldErrors: {}, formError: "notAwaitingCorrection", values };
    throw error;
  }

  await setFlash({ tone: "success", messageKey: "caf.flash.corrected" });
  redirect(cafApplicationPath(id.data));
}
