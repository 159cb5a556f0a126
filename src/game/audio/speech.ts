/**
 * Reads the customer's lines aloud in a voice of the line's language. A line
 * in Polish read by an English voice would be nonsense, so with no matching
 * voice the speaker stays silent and says so.
 */
import type { CustomerLine } from '../../scenario/dialogue.ts';

export type SpeakResult = 'spoken' | 'no-voice' | 'unsupported';

export interface Speaker {
  speak(line: CustomerLine): SpeakResult;
  cancel(): void;
}

/** Picks the voice whose language matches best: the exact tag, then the same base language. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const want = lang.toLowerCase();
  const base = want.split('-')[0];
  const norm = (v: SpeechSynthesisVoice) => v.lang.toLowerCase().replace('_', '-');
  return voices.find((v) => norm(v) === want) ?? voices.find((v) => norm(v).split('-')[0] === base);
}

export function createSpeaker(synth: SpeechSynthesis | undefined = globalThis.speechSynthesis): Speaker {
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return { speak: () => 'unsupported', cancel: () => {} };
  return {
    speak(line) {
      const voice = pickVoice(synth.getVoices(), line.lang);
      if (!voice) return 'no-voice';
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(line.text.replace(/^\(.*\)$/s, ''));
      utterance.voice = voice;
      utterance.lang = voice.lang;
      if (utterance.text.trim()) synth.speak(utterance);
      return 'spoken';
    },
    cancel: () => synth.cancel(),
  };
}
