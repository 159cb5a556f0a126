/**
 * Where the browser's LRS queue keeps its statements (localStorage), apart
 * from the queue itself so a page can see at start whether anything is held
 * without loading the queue and its validator.
 */
export const LRS_QUEUE_KEY = 'rapport.lrsQueue';

/** How many statements wait in a stored queue; an unreadable one holds none. */
export function heldInStorage(storage: { getItem(key: string): string | null }, key = LRS_QUEUE_KEY): number {
  try {
    const raw = JSON.parse(storage.getItem(key) ?? 'null') as { pending?: unknown } | null;
    return raw && Array.isArray(raw.pending) ? raw.pending.length : 0;
  } catch {
    return 0;
  }
}
