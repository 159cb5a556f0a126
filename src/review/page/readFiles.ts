/**
 * Reads picked or dropped files into entries: each replayed and judged
 * (openRecord), with a reviewed record's review brought back when it may be
 * judged. The scenario a file names is fetched first. A file too big or
 * unreadable, or whose scenario cannot be fetched (offline), is refused with
 * the reason, and the others still open.
 */
import { t } from '../../web/i18n/i18n.ts';
import { openRecord } from '../openRecord.ts';
import { emptyReview } from '../reviewState.ts';
import { scenarioNamedIn, type ScenarioRegistry } from '../scenarioRegistry.ts';
import type { Entry } from './entry.ts';
import { isReviewable } from './findingText.ts';

/** Far above any transcript (a long conversation is tens of kilobytes); refusing bigger files keeps the page responsive. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export async function readFiles(files: readonly File[], registry: ScenarioRegistry, nextId: () => string): Promise<{ opened: Entry[]; refused: string[] }> {
  const opened: Entry[] = [];
  const refused: string[] = [];
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      refused.push(t('review.tooBig', { file: file.name }));
      continue;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (err) {
      refused.push(t('review.unreadable', { file: file.name, message: (err as Error).message }));
      continue;
    }
    const named = scenarioNamedIn(text);
    const [unavailable] = named ? await registry.prepare([named]) : [];
    if (unavailable) {
      refused.push(t('review.scenarioUnavailable', { file: file.name, id: unavailable.id, message: unavailable.message }));
      continue;
    }
    const record = openRecord(file.name, text, registry);
    opened.push({ id: nextId(), record, review: record.review && isReviewable(record) ? record.review : emptyReview() });
  }
  return { opened, refused };
}
