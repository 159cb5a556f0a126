/**
 * Surface features of an option's words, as a test-wise learner reads them
 * without reading the customer: how long it is, how warm it sounds, whether it
 * asks a question, names the customer, promises action, gives specifics or is
 * a stage direction. Each is a number; a strategy picks the option that
 * scores highest on one of them.
 */
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

const WARM = /\b(sorry|apologi[sz]e|apologies|understand|appreciate|thank(s| you)?|please|of course|happy to|glad|absolutely|completely|really|i can see|i hear|must be|frustrat\w*|worr\w*|upset\w*|reassur\w*|help)\b/gi;
const PROMISE = /\b(i'll|i will|i'm going to|we'll|we will|straight away|right away|today|personally|make sure|guarantee|definitely)\b/gi;
const SPECIFIC = /\d+|£|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|o'clock|am|pm|morning|afternoon|tomorrow)\b/gi;
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);

/** The words of a customer's name a learner might use: "Mr Lee Hartley" gives "Lee" and "Hartley". */
export function nameWords(name: string): string[] {
  return name
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}'-]/gu, ''))
    .filter((w) => w.length > 1 && !TITLES.has(w.toLowerCase()));
}

export interface Cues {
  length: number;
  warmth: number;
  question: number;
  name: number;
  promise: number;
  specific: number;
  /** 1 for an action in brackets ("(Read him the payment history.)") rather than words said. */
  stageDirection: number;
}

export function cuesOf(text: string, customerNames: readonly string[]): Cues {
  const lower = text.toLowerCase();
  return {
    length: text.length,
    warmth: count(text, WARM),
    question: count(text, /\?/g),
    name: customerNames.filter((n) => new RegExp(`(^|[^\\p{L}])${n.toLowerCase()}([^\\p{L}]|$)`, 'u').test(lower)).length,
    promise: count(text, PROMISE),
    specific: count(text, SPECIFIC),
    stageDirection: /^\s*\(/.test(text) ? 1 : 0,
  };
}
