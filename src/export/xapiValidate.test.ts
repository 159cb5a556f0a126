import { describe, expect, it } from 'vitest';
import { isoDuration } from './isoDuration.ts';
import { isDuration, isTimestamp } from './xapiFormats.ts';
import { validateStatement } from './xapiValidate.ts';

const valid = () => ({
  id: '2ed6657d-e927-568b-95e1-2665a8aea6a2',
  actor: { objectType: 'Agent', name: 'Alex', mbox: 'mailto:alex@college.example' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-GB': 'passed' } },
  object: { objectType: 'Activity', id: 'https://college.example/rapport/scenarios/x', definition: { name: { 'en-GB': 'X' }, type: 'http://adlnet.gov/expapi/activities/simulation' } },
  result: { score: { scaled: 0.5, raw: 5, min: 0, max: 10 }, success: true, completion: true, duration: 'PT1M30.5S', extensions: { 'https://college.example/ext/a': 1 } },
  context: { registration: 'f1c3b0d2-9a8e-4c1f-8f3e-2b7a6d5c4e3f', contextActivities: { grouping: [{ id: 'https://college.example/standards/A10' }] }, extensions: { 'https://college.example/ext/b': [] } },
  timestamp: '2026-03-09T10:00:00.000Z',
});
type S = ReturnType<typeof valid> & Record<string, unknown>;

function broken(change: (s: S) => void): string[] {
  const s = valid() as S;
  change(s);
  return validateStatement(s).errors;
}

describe('validateStatement', () => {
  it('accepts a well-formed statement', () => {
    expect(validateStatement(valid())).toEqual({ ok: true, errors: [] });
  });

  it.each<[string, (s: S) => void, RegExp]>([
    ['an actor with two identifiers', (s) => Object.assign(s.actor, { account: { homePage: 'https://x.example', name: 'a' } }), /exactly one identifier/],
    ['an actor with no identifier', (s) => delete (s.actor as { mbox?: string }).mbox, /exactly one identifier/],
    ['an mbox that is not mailto:', (s) => (s.actor.mbox = 'alex@college.example'), /mailto/],
    ['an account without a homePage IRL', (s) => Object.assign(s.actor, { mbox: undefined, account: { homePage: 'college', name: 'a' } }), /homePage/],
    ['a verb id that is not an IRI', (s) => (s.verb.id = 'passed'), /verb\.id/],
    ['a verb display that is not a language map', (s) => (s.verb.display = { 'not a tag!': 'passed' } as unknown as S['verb']['display']), /language tag/],
    ['a verb display value that is not a string', (s) => ((s.verb.display as Record<string, unknown>)['en-GB'] = 3), /must be a string/],
    ['a missing verb', (s) => delete (s as Partial<S>).verb, /verb: is required/],
    ['an object id that is not an IRI', (s) => (s.object.id = 'scenario x'), /object\.id/],
    ['a scaled score above 1', (s) => (s.result.score.scaled = 1.5), /between -1 and 1/],
    ['a scaled score below -1', (s) => (s.result.score.scaled = -1.01), /between -1 and 1/],
    ['a raw score above max', (s) => (s.result.score.raw = 11), /between min and max/],
    ['min not below max', (s) => (s.result.score.min = 10), /min must be less than max/],
    ['a statement id that is not a UUID', (s) => (s.id = '1234'), /statement\.id/],
    ['a timestamp that is not ISO 8601', (s) => (s.timestamp = 'Mon, 9 Mar 2026 10:00:00 GMT'), /timestamp/],
    ['a timestamp without a time zone', (s) => (s.timestamp = '2026-03-09T10:00:00'), /timestamp/],
    ['a timestamp with the -00:00 offset', (s) => (s.timestamp = '2026-03-09T10:00:00-00:00'), /timestamp/],
    ['a duration that is not ISO 8601', (s) => (s.result.duration = '90 seconds'), /duration/],
    ['a result extension key that is not an IRI', (s) => (s.result.extensions = { score: 1 } as never), /not an IRI/],
    ['a context extension key that is not an IRI', (s) => (s.context.extensions = { 'turn number': 1 } as never), /not an IRI/],
    ['a registration that is not a UUID', (s) => (s.context.registration = 'abc'), /registration/],
    ['a context activity without an IRI id', (s) => (s.context.contextActivities.grouping[0]!.id = 'A10'), /grouping\[0\]\.id/],
    ['a property xAPI does not define', (s) => (s.score = 5), /unexpected property "score"/],
    ['success that is not a boolean', (s) => ((s.result as Record<string, unknown>).success = 'yes'), /success/],
    ['interaction choices without an interactionType', (s) => Object.assign(s.object.definition, { choices: [{ id: '0' }] }), /interactionType/],
  ])('rejects %s', (_name, change, message) => {
    const errors = broken(change);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(message);
  });

  it('accepts an anonymous Group with members and refuses one without', () => {
    expect(broken((s) => (s.actor = { objectType: 'Group', member: [{ mbox: 'mailto:a@x.example' }] } as never))).toEqual([]);
    expect(broken((s) => (s.actor = { objectType: 'Group' } as never)).join()).toMatch(/anonymous Group/);
  });

  it('refuses platform on a statement whose object is not an Activity', () => {
    expect(broken((s) => Object.assign(s, { object: { objectType: 'Agent', mbox: 'mailto:b@x.example' }, context: { platform: 'Rapport' } })).join()).toMatch(/platform/);
  });

  it('is not an object at all', () => {
    expect(validateStatement(null).ok).toBe(false);
    expect(validateStatement('statement').ok).toBe(false);
  });
});

describe('formats', () => {
  it.each(['PT0S', 'PT1M30.5S', 'P1DT2H', 'P2W', 'P1Y2M3DT4H5M6S'])('takes the duration %s', (d) => expect(isDuration(d)).toBe(true));
  it.each(['P', 'PT', '1M', 'PT1.5', 'P1WT1H', 'PT-1S'])('refuses the duration %s', (d) => expect(isDuration(d)).toBe(false));
  it.each(['2026-03-09T10:00:00Z', '2026-03-09T10:00:00.123+01:00', '2026-03-09T10:00Z'])('takes the timestamp %s', (v) => expect(isTimestamp(v)).toBe(true));
  it.each(['2026-13-09T10:00:00Z', '2026-03-09 10:00:00Z', '2026-03-09', '2026-03-09T25:00:00Z'])('refuses the timestamp %s', (v) => expect(isTimestamp(v)).toBe(false));

  it('writes durations xAPI can store (hundredths of a second)', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(90_500)).toBe('PT1M30.5S');
    expect(isoDuration(3_600_000)).toBe('PT1H');
    expect(isoDuration(3_661_234)).toBe('PT1H1M1.23S');
    for (const ms of [0, 5, 999, 61_000, 7_200_010]) expect(isDuration(isoDuration(ms))).toBe(true);
  });
});
