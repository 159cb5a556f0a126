/** The text of each loaded file, or why it could not be read; nothing here judges what the text holds. */
import type { SetApart } from '../countedAttempts.ts';
import type { NamedText } from '../openAttempts.ts';
import type { PathedFile } from './droppedFiles.ts';

/** Far above any transcript (a long conversation is tens of kilobytes) or a learner's whole history. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export async function readTexts(files: readonly PathedFile[]): Promise<{ items: NamedText[]; setApart: SetApart[] }> {
  const items: NamedText[] = [];
  const setApart: SetApart[] = [];
  await Promise.all(
    files.map(async ({ file, path }) => {
      if (file.size > MAX_FILE_BYTES) return void setApart.push({ source: path, reason: { kind: 'too-big' } });
      try {
        items.push({ source: path, text: await file.text() });
      } catch (err) {
        setApart.push({ source: path, reason: { kind: 'unreadable', message: (err as Error).message } });
      }
    }),
  );
  // Reading in parallel finishes in any order; the class is listed in the order it was given.
  const order = new Map(files.map((f, i) => [f.path, i]));
  items.sort((a, b) => order.get(a.source)! - order.get(b.source)!);
  return { items, setApart };
}
