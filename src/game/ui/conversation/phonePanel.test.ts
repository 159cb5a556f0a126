// @vitest-environment happy-dom
/**
 * The handset's Hold, Mute and Transfer keys follow the scenario's telephone
 * nodes: pressed in the state the node gives, available when a response on
 * offer would work them, and taking the learner to that response.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionView } from '../../../engine/types.ts';
import { loadScenarioFile } from '../../../../test/support/scenarios.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { initI18n } from '../../../web/i18n/i18n.ts';
import { controlTargets, formatClock, phonePanel } from './phonePanel.ts';

const file = 'scenarios/phone-identity-and-hold.yaml';
let scenario: Scenario;

beforeAll(() => {
  initI18n('en-GB');
  scenario = loadScenarioFile(file);
});

/** A view of a node offering every authored response (conditions aside), as the session would show it. */
function viewAt(nodeId: string): SessionView {
  const node = scenario.nodes[nodeId]!;
  return {
    scenarioId: scenario.id,
    nodeId,
    turn: 3,
    line: { text: '…', lang: 'en-GB' },
    options: node.choices.map((c, choice) => ({ choice, text: c.text })),
    meters: {},
    place: scenario.place,
    present: [],
    ...(node.phone ? { phone: node.phone } : {}),
  };
}

const choiceTo = (nodeId: string, to: string) => scenario.nodes[nodeId]!.choices.findIndex((c) => c.to === to);

describe('controlTargets', () => {
  it('offers Hold where a response puts the caller on hold', () => {
    expect(controlTargets(scenario, viewAt('reading'))).toEqual({ 'on-hold': [choiceTo('reading', 'on-hold')], muted: [], transferring: [] });
  });

  it('offers Hold again on hold, for the response that takes the caller off it, not the one that stays on', () => {
    const targets = controlTargets(scenario, viewAt('on-hold'));
    expect(targets['on-hold']).toEqual([choiceTo('on-hold', 'hold-update')]);
    expect(targets['on-hold']).not.toContain(choiceTo('on-hold', 'consult'));
  });

  it('offers nothing where no response works the handset', () => {
    expect(controlTargets(scenario, viewAt('opening'))).toEqual({ 'on-hold': [], muted: [], transferring: [] });
  });
});

describe('phonePanel', () => {
  it('shows the state and clock, presses the key for the state, and takes the response a key works', () => {
    const went: number[] = [];
    const panel = phonePanel({ take: (choice) => went.push(choice), pick: () => went.push(-1) });
    document.body.replaceChildren(panel.root);
    const key = (name: string) => [...panel.root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === name)!;

    panel.update(undefined, 75);
    panel.offer(controlTargets(scenario, viewAt('reading')));
    expect(panel.root.querySelector('.phone-status')?.textContent).toBe('Connected');
    expect(panel.root.querySelector('[role="timer"]')?.textContent).toBe('01:15');
    expect(['Hold', 'Mute', 'Transfer'].map((n) => key(n).getAttribute('aria-disabled'))).toEqual(['false', 'true', 'true']);
    // An unavailable key says why, beside it.
    const note = panel.root.querySelector('.phone-note')!.textContent!;
    expect(note).toContain('Mute');
    expect(note).toContain('Transfer');
    expect(note).not.toMatch(/Hold/);
    key('Mute').click();
    expect(went).toEqual([]);
    key('Hold').click();
    expect(went).toEqual([choiceTo('reading', 'on-hold')]);

    panel.update('on-hold', 80);
    expect(panel.root.querySelector('.phone-status')?.textContent).toBe('On hold');
    expect(key('Hold').getAttribute('aria-pressed')).toBe('true');
    expect(key('Mute').getAttribute('aria-pressed')).toBe('false');
  });

  it('brings the learner to the responses when more than one would work a key', () => {
    const picked: number[][] = [];
    const panel = phonePanel({ take: () => picked.push([]), pick: (choices) => picked.push([...choices]) });
    panel.offer({ 'on-hold': [1, 3], muted: [], transferring: [] });
    panel.root.querySelector<HTMLButtonElement>('[data-state="on-hold"]')!.click();
    expect(picked).toEqual([[1, 3]]);
  });

  it('formats the call timer as minutes and seconds', () => {
    expect([0, 9.9, 61, 3599].map(formatClock)).toEqual(['00:00', '00:09', '01:01', '59:59']);
  });
});
