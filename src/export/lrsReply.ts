/**
 * What an LRS's reply means for the statements sent (src/export/lrsQueue.ts):
 * stored, try again later, stop until reconfigured, or this statement will
 * never be taken. When it refuses, the start of what it said is kept with
 * what it refused, so a tutor can see why.
 */
export interface LrsResponse {
  status: number;
  /** The body, read when the LRS refuses something, so its reason is kept with what it refused. */
  text?(): Promise<string>;
}

/** An LRS's reply is cut to this many characters when kept beside what it refused. */
const ANSWER_CHARS = 300;

/**
 * stored: the LRS has it; retry: try later; refused: stop until reconfigured; rejected: this statement will never
 * be taken; split: resend one by one; forbidden: a 403 for one statement, which is either that statement (an LMS
 * enforcing cmi5's rules) or credentials without the right to write (see `oneByOne`).
 */
export type Outcome = 'stored' | 'retry' | 'refused' | 'rejected' | 'split' | 'forbidden';

/** An LRS's reply: its status and, when it refused, the start of what it said; or the error of a request that got no reply. */
export type Reply = { status: number; answer?: string } | Error;

/** The status, and the reason an LRS gives when it refuses (the start of its reply). */
export async function readReply(res: LrsResponse): Promise<Reply> {
  if (res.status < 300 || !res.text) return { status: res.status };
  const answer = (await res.text().catch(() => '')).trim().slice(0, ANSWER_CHARS);
  return answer ? { status: res.status, answer } : { status: res.status };
}

/** What a reply means for the statements sent: one (`single`, a PUT) or a batch (a POST). */
export function classify(reply: Reply, single: boolean): { outcome: Outcome; why?: string } {
  if (reply instanceof Error) return { outcome: 'retry', why: `offline or unreachable: ${reply.message}` };
  const { status } = reply;
  if (status >= 200 && status < 300) return { outcome: 'stored' };
  // 409 on a single statement: the LRS already holds that id, so sending it again could only duplicate.
  if (status === 409) return single ? { outcome: 'stored' } : { outcome: 'split' };
  if (status === 429 || status >= 500) return { outcome: 'retry', why: `the LRS answered ${status}` };
  if (status === 401 || status === 404) return { outcome: 'refused', why: `the LRS answered ${status}: check the endpoint and credentials` };
  if (status === 403) return single ? { outcome: 'forbidden' } : { outcome: 'split' };
  // Other 4xx: the content was refused. In a batch, find which statement by sending them one at a time.
  return single ? { outcome: 'rejected', why: `rejected ${status}` } : { outcome: 'split' };
}
