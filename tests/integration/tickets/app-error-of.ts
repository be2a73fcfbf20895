import { AppError } from "@/lib/errors/app-error";

/** Awaits a promise expected to fail and returns its `AppError`; fails the test on success or on any other error. */
export async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("Expected an AppError, but the call succeeded");
}
