/** One opened file on the page, with the assessor's review of it so far. */
import type { OpenedRecord } from '../openRecord.ts';
import type { Review } from '../../export/reviewTypes.ts';

export interface Entry {
  /** Unique on the page: file names may repeat. */
  id: string;
  record: OpenedRecord;
  review: Review;
}

/** The anchor of a turn in a record's view, for links from the criteria and the evidence matrix. */
export const turnAnchor = (entryId: string, turnNumber: number): string => `${entryId}-turn-${turnNumber}`;
