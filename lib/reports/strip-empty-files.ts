/**
 * Removes the entries of file inputs left empty, so the server action receives only chosen
 * files. NOTE: without this, an empty input sent through a React transition reached the action
 * as a nameless entry, which the upload check rejected. Seen with Next 16.5 in Chromium, and
 * the cause is not pinned down.
 */
export function stripEmptyFiles(formData: FormData): FormData {
  for (const key of new Set(formData.keys())) {
    const values = formData.getAll(key);
    const kept = values.filter((value) => typeof value === "string" || value.size > 0);
    if (kept.length === values.length) continue;

    formData.delete(key);
    for (const value of kept) formData.append(key, value);
  }

  return formData;
}
