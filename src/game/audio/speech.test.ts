/**
 * Speech of the customer's lines: a voice of the line's own language or none
 * (a Polish line read by an English voice would be nonsense), and narration
 * in brackets is not read aloud.
 */
import { describe, expect, it } from 'vitest';
import { createSpeaker, pickVoice } from './speech.ts';

const voice = (lang: string, name = lang) => ({ lang, name, default: false, localService: true, voiceURI: name }) as SpeechSynthesisVoice;
const voices = [voice('en-GB'), voice('en-US'), voice('pl-PL'), voice('pt_BR'), voice('pt-PT')];

class FakeUtterance {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  constructor(readonly text: string) {}
}

function fakeSynth(available: SpeechSynthesisVoice[]) {
  const spoken: FakeUtterance[] = [];
  let cancelled = 0;
  const synth = { getVoices: () => available, speak: (u: FakeUtterance) => spoken.push(u), cancel: () => cancelled++ } as unknown as SpeechSynthesis;
  return { synth, spoken, cancelled: () => cancelled };
}

describe('pickVoice', () => {
  it('prefers the exact language tag, then the same language', () => {
    expect(pickVoice(voices, 'pt-PT')?.lang).toBe('pt-PT');
    expect(pickVoice(voices, 'pt-BR')?.lang).toBe('pt_BR');
    expect(pickVoice(voices, 'pl')?.lang).toBe('pl-PL');
    expect(pickVoice(voices, 'en-GB')?.lang).toBe('en-GB');
  });

  it('finds none for a language the browser has no voice for', () => {
    expect(pickVoice(voices, 'ur')).toBeUndefined();
    expect(pickVoice(voices, 'ro')).toBeUndefined();
  });
});

describe('createSpeaker', () => {
  const original = globalThis.SpeechSynthesisUtterance;
  const withUtterance = <T>(run: () => T): T => {
    globalThis.SpeechSynthesisUtterance = FakeUtterance as unknown as typeof SpeechSynthesisUtterance;
    try {
      return run();
    } finally {
      globalThis.SpeechSynthesisUtterance = original;
    }
  };

  it('speaks a line in a voice of its language', () => {
    const { synth, spoken } = fakeSynth(voices);
    const result = withUtterance(() => createSpeaker(synth).speak({ text: 'Dzień dobry, chciałabym się zarejestrować.', lang: 'pl' }));
    expect(result).toBe('spoken');
    expect(spoken.map((u) => [u.text, u.voice?.lang, u.lang])).toEqual([['Dzień dobry, chciałabym się zarejestrować.', 'pl-PL', 'pl-PL']]);
  });

  it('stays silent and says so when there is no voice for the language', () => {
    const { synth, spoken } = fakeSynth(voices);
    expect(withUtterance(() => createSpeaker(synth).speak({ text: 'السلام علیکم', lang: 'ur' }))).toBe('no-voice');
    expect(spoken).toEqual([]);
  });

  it('does not read bracketed narration aloud', () => {
    const { synth, spoken } = fakeSynth(voices);
    withUtterance(() => createSpeaker(synth).speak({ text: '(She sighs and looks at the clock.)', lang: 'en-GB' }));
    expect(spoken).toEqual([]);
  });

  it('reports no support where the browser has no speech synthesis', () => {
    expect(createSpeaker(undefined).speak({ text: 'Hello', lang: 'en-GB' })).toBe('unsupported');
  });
});
