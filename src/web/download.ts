/**
 * Saving an export as a file from the browser: a Blob behind a temporary
 * link with `download`, so nothing is sent anywhere.
 */

export function downloadText(doc: Document, fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a little later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from parts people chose (scenario ids, learners' names): letters, digits and dashes only. */
export function safeFileName(...parts: string[]): string {
  return parts
    .map((p) => p.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean)
    .join('-')
    .slice(0, 120);
}

/** `2026-03-09T10:00:07.000Z` → `2026-03-09-10-00-07`, for file names. */
export const stampOf = (iso: string): string => iso.slice(0, 19).replace(/[:T]/g, '-');
