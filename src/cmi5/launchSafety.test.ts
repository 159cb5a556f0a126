/**
 * A launch address is never run as script (issue 14, item 6): the returnURL in
 * LMS.LaunchData is kept only when it is an http(s) address. Anything else is
 * a warning the page shows, the launch still goes on (the learner can still be
 * assessed), and there is no returnURL to go back to.
 */
import { describe, expect, it } from 'vitest';
import { UNSAFE_ADDRESSES } from '../../test/support/unsafeAddresses.ts';
import { parseLaunch, parseLaunchData } from './launch.ts';

const launchData = { contextTemplate: {}, launchMode: 'Normal', moveOn: 'CompletedAndPassed', masteryScore: 0.8 };
const actor = JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'dana' } });
const search = (over: Record<string, string>) =>
  `?${new URLSearchParams({ endpoint: 'https://lms.example/xapi/', fetch: 'https://lms.example/fetch/1', actor, registration: 'd9e4c5f0-3f1a-4b8e-9a55-0c2c7e6b1a01', activityId: 'https://rapport.example/cmi5/scenarios/x', ...over })}`;

describe('returnURL from LMS.LaunchData', () => {
  it.each(UNSAFE_ADDRESSES.filter((a) => a.trim() !== ''))('is refused with a warning, and the launch goes on: %j', (returnURL) => {
    const parsed = parseLaunchData({ ...launchData, returnURL });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data.returnURL).toBeUndefined();
    expect(parsed.warnings).toEqual([{ field: 'returnURL', value: returnURL }]);
  });

  it('is refused when it is not text, rather than failing the launch', () => {
    const parsed = parseLaunchData({ ...launchData, returnURL: { href: 'javascript:alert(1)' } });
    expect(parsed).toMatchObject({ ok: true, warnings: [{ field: 'returnURL' }] });
  });

  it('is kept, as the parsed address, when it is http(s); an absent or empty one is no warning', () => {
    expect(parseLaunchData({ ...launchData, returnURL: 'https://LMS.example/course/7?return=1' })).toMatchObject({ ok: true, data: { returnURL: 'https://lms.example/course/7?return=1' }, warnings: [] });
    expect(parseLaunchData(launchData)).toMatchObject({ ok: true, warnings: [] });
    expect(parseLaunchData({ ...launchData, returnURL: '' })).toMatchObject({ ok: true, warnings: [] });
  });
});

describe('endpoint and fetch from the launch link', () => {
  it.each(UNSAFE_ADDRESSES.filter((a) => a.trim() !== ''))('refuses %j as the endpoint or the fetch URL', (address) => {
    expect(parseLaunch(search({ endpoint: address }))).toMatchObject({ ok: false, problems: ['endpoint is not an http(s) address'] });
    expect(parseLaunch(search({ fetch: address }))).toMatchObject({ ok: false, problems: ['fetch is not an http(s) address'] });
  });
});
