/**
 * Returns the files the user chose in a file input, dropping empty ones. A browser sends an
 * input left blank as a nameless, empty file, and after the server-action transport of Next 16.5
 * that file arrives named "undefined", so `validateUploads` would take it for a chosen file and
 * reject it as the wrong type. A chosen file of 0 bytes is dropped too: it holds no document.
 */
export function chosenFiles(entries: FormDataEntryValue[]): FormDataEntryValue[] {
  return entries.filter((entry) => typeof entry !== "string" && entry.size > 0);
}
