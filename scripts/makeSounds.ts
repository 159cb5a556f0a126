/**
 * Synthesises Rapport's sound cues and writes them to assets/audio/ as WAV
 * (mono, 16 kHz, 16-bit). Everything is generated in code from a seeded random
 * source, so running it again gives byte-identical files and no recording or
 * licence has to be tracked. Run: `npx tsx scripts/makeSounds.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 as rng } from '../src/engine/random.ts';

const RATE = 16_000;
const OUT = join(import.meta.dirname, '..', 'assets', 'audio');

type Buffer32 = Float32Array;

const samples = (seconds: number): Buffer32 => new Float32Array(Math.round(seconds * RATE));

/** One-pole low-pass; `hz` is the corner frequency. */
function lowPass(input: Buffer32, hz: number): Buffer32 {
  const out = new Float32Array(input.length);
  const k = 1 - Math.exp((-2 * Math.PI * hz) / RATE);
  let y = 0;
  for (let i = 0; i < input.length; i++) out[i] = y += k * (input[i]! - y);
  return out;
}

/** Band-pass as the difference of two low-passes: cheap, and soft enough for murmur. */
function bandPass(input: Buffer32, lowHz: number, highHz: number): Buffer32 {
  const hi = lowPass(input, highHz);
  const lo = lowPass(input, lowHz);
  return hi.map((v, i) => v - lo[i]!);
}

function noise(length: number, seed: number): Buffer32 {
  const r = rng(seed);
  return Float32Array.from({ length }, () => r() * 2 - 1);
}

/** Adds `src` into `dst` from sample `at`, scaled. */
function mix(dst: Buffer32, src: Buffer32, at = 0, gain = 1): void {
  for (let i = 0; i < src.length && at + i < dst.length; i++) dst[at + i]! += src[i]! * gain;
}

/** Short linear ramps at both ends so tones start and stop without a click. */
function fadeEdges(buf: Buffer32, seconds = 0.01): Buffer32 {
  const n = Math.min(Math.round(seconds * RATE), buf.length >> 1);
  for (let i = 0; i < n; i++) {
    buf[i]! *= i / n;
    buf[buf.length - 1 - i]! *= i / n;
  }
  return buf;
}

/** Makes a loop seamless by crossfading its tail into its head, then dropping the tail. */
function loopable(buf: Buffer32, fadeSeconds: number): Buffer32 {
  const n = Math.round(fadeSeconds * RATE);
  const out = buf.slice(0, buf.length - n);
  for (let i = 0; i < n; i++) {
    const t = i / n;
    out[i] = buf[i]! * t + buf[buf.length - n + i]! * (1 - t);
  }
  return out;
}

function normalise(buf: Buffer32, peak: number): Buffer32 {
  const max = buf.reduce((m, v) => Math.max(m, Math.abs(v)), 1e-9);
  return buf.map((v) => (v / max) * peak);
}

function tone(seconds: number, partials: [hz: number, gain: number][], decay = 0): Buffer32 {
  const buf = samples(seconds);
  for (let i = 0; i < buf.length; i++) {
    const t = i / RATE;
    const env = decay > 0 ? Math.exp(-t / decay) : 1;
    buf[i] = env * partials.reduce((s, [hz, g]) => s + g * Math.sin(2 * Math.PI * hz * t), 0);
  }
  return buf;
}

/** The UK telephone ring: 400 Hz and 450 Hz together, 0.4 s on, 0.2 s off, 0.4 s on, 2 s off. */
function ring(): Buffer32 {
  const buf = samples(3);
  const burst = fadeEdges(tone(0.4, [[400, 0.5], [450, 0.5]]), 0.008);
  mix(buf, burst, 0);
  mix(buf, burst, Math.round(0.6 * RATE));
  return normalise(buf, 0.6);
}

/** A handset lifted: a short bright click over a soft low thump. */
function pickup(): Buffer32 {
  const buf = samples(0.25);
  mix(buf, fadeEdges(bandPass(noise(Math.round(0.012 * RATE), 11), 1500, 6000), 0.001), 0, 1);
  mix(buf, tone(0.2, [[110, 1], [220, 0.3]], 0.03), Math.round(0.004 * RATE), 0.5);
  mix(buf, fadeEdges(bandPass(noise(Math.round(0.008 * RATE), 12), 2000, 7000), 0.001), Math.round(0.06 * RATE), 0.4);
  return normalise(fadeEdges(buf, 0.004), 0.7);
}

/** A handset put down: a heavier clunk with a rattle, then the line's short tone. */
function hangup(): Buffer32 {
  const buf = samples(0.9);
  mix(buf, tone(0.3, [[80, 1], [160, 0.4], [240, 0.15]], 0.05), 0, 0.9);
  mix(buf, fadeEdges(bandPass(noise(Math.round(0.03 * RATE), 21), 600, 3000), 0.002), 0, 0.6);
  mix(buf, fadeEdges(bandPass(noise(Math.round(0.015 * RATE), 22), 800, 3000), 0.002), Math.round(0.05 * RATE), 0.3);
  mix(buf, fadeEdges(tone(0.35, [[400, 1]]), 0.01), Math.round(0.45 * RATE), 0.25);
  return normalise(fadeEdges(buf, 0.004), 0.7);
}

const note = (semitonesFromA4: number) => 440 * 2 ** (semitonesFromA4 / 12);

/** A soft electric-piano voice: sine with a touch of its octave, gently decaying. */
function pianoNote(hz: number, seconds: number): Buffer32 {
  return fadeEdges(tone(seconds, [[hz, 1], [hz * 2, 0.18], [hz * 3, 0.05]], seconds / 3), 0.006);
}

/** Hold music: a slow arpeggio over four chords, 8 s, looping cleanly. */
function holdMusic(): Buffer32 {
  const beat = 0.5;
  const chords = [
    [-9, -5, -2, 3], // C major 6 (C E G A)
    [-7, -4, 0, 3], // D minor 7
    [-12, -5, -1, 3], // A minor add over A
    [-10, -7, -2, 2], // B flat 6/9 softly
  ];
  const buf = samples(chords.length * 4 * beat);
  chords.forEach((chord, c) => {
    const start = c * 4 * beat;
    mix(buf, pianoNote(note(chord[0]! - 12), 4 * beat), Math.round(start * RATE), 0.45);
    chord.forEach((semi, k) => mix(buf, pianoNote(note(semi), 1.6), Math.round((start + k * beat) * RATE), 0.3));
  });
  // Let the last notes ring into the start of the next pass rather than stopping dead.
  const tail = 0.2;
  const wrapped = samples(buf.length / RATE + tail);
  mix(wrapped, buf);
  return normalise(loopable(wrapped, tail), 0.45);
}

/** Voices at a distance: band-limited noise shaped by a syllable-rate envelope, in a few overlapping talkers. */
function murmur(seconds: number, seed: number, talkers: number): Buffer32 {
  const r = rng(seed);
  const out = samples(seconds);
  for (let k = 0; k < talkers; k++) {
    const voice = bandPass(noise(out.length, seed * 31 + k), 250 + r() * 150, 900 + r() * 700);
    const rate = 3 + r() * 2.5;
    const phase = r() * Math.PI * 2;
    const pause = r();
    for (let i = 0; i < out.length; i++) {
      const t = i / RATE;
      const syllable = Math.max(0, Math.sin(2 * Math.PI * rate * t + phase)) ** 2;
      const phrase = 0.5 + 0.5 * Math.sin(2 * Math.PI * (0.35 + pause * 0.3) * t + phase * 2);
      out[i]! += voice[i]! * syllable * phrase;
    }
  }
  return out;
}

/** A busy shop floor: room rumble, several shoppers talking, the odd till beep. */
function shop(): Buffer32 {
  const seconds = 6.5;
  const buf = samples(seconds);
  mix(buf, lowPass(noise(buf.length, 31), 300), 0, 0.6);
  mix(buf, normalise(murmur(seconds, 32, 5), 1), 0, 0.35);
  const beep = fadeEdges(tone(0.09, [[2400, 1]]), 0.005);
  for (const at of [1.1, 1.35, 3.8, 5.2]) mix(buf, beep, Math.round(at * RATE), 0.05);
  return normalise(loopable(buf, 0.5), 0.35);
}

/** An office: air-conditioning hiss and hum, quieter talk, bursts of typing. */
function office(): Buffer32 {
  const seconds = 6.5;
  const buf = samples(seconds);
  mix(buf, lowPass(noise(buf.length, 41), 900), 0, 0.5);
  mix(buf, tone(seconds, [[50, 1], [100, 0.5]]), 0, 0.02);
  mix(buf, normalise(murmur(seconds, 42, 2), 1), 0, 0.18);
  const r = rng(43);
  const key = () => fadeEdges(bandPass(noise(Math.round(0.012 * RATE), Math.floor(r() * 1e6)), 1200, 5000), 0.001);
  for (const burst of [0.6, 2.9, 4.7]) {
    for (let t = burst; t < burst + 0.9 + r() * 0.4; t += 0.08 + r() * 0.1) mix(buf, key(), Math.round(t * RATE), 0.25);
  }
  return normalise(loopable(buf, 0.5), 0.3);
}

/** A soft UI click for choices: a tiny damped wooden tick. */
function click(): Buffer32 {
  const buf = samples(0.08);
  mix(buf, tone(0.08, [[1800, 1], [900, 0.5]], 0.008), 0, 1);
  mix(buf, fadeEdges(bandPass(noise(Math.round(0.004 * RATE), 51), 2000, 6000), 0.0005), 0, 0.3);
  return normalise(fadeEdges(buf, 0.002), 0.35);
}

/** A shop-door chime: two bell notes, high then low, ringing out. */
function door(): Buffer32 {
  const bell = (hz: number) => tone(1.2, [[hz, 1], [hz * 2.76, 0.25], [hz * 5.4, 0.08]], 0.35);
  const buf = samples(1.6);
  mix(buf, bell(note(7)), 0, 0.8); // E5
  mix(buf, bell(note(3)), Math.round(0.35 * RATE), 0.8); // C5
  return normalise(fadeEdges(buf, 0.003), 0.55);
}

export function wav(buf: Buffer32): Uint8Array {
  const data = new Int16Array(buf.length);
  buf.forEach((v, i) => (data[i] = Math.round(Math.max(-1, Math.min(1, v)) * 32767)));
  const out = new Uint8Array(44 + data.byteLength);
  const view = new DataView(out.buffer);
  const ascii = (at: number, s: string) => [...s].forEach((ch, i) => view.setUint8(at + i, ch.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + data.byteLength, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // PCM chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, RATE, true);
  view.setUint32(28, RATE * 2, true); // bytes per second
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, data.byteLength, true);
  out.set(new Uint8Array(data.buffer), 44);
  return out;
}

/** File names match the scenario format's sound cues (src/scenario/schema.ts), plus the UI click. */
export const sounds: Record<string, () => Buffer32> = {
  ring,
  pickup,
  hangup,
  'hold-music': holdMusic,
  shop,
  office,
  door,
  click,
};

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(OUT, { recursive: true });
  for (const [name, make] of Object.entries(sounds)) {
    const bytes = wav(make());
    writeFileSync(join(OUT, `${name}.wav`), bytes);
    console.log(`${name}.wav  ${(bytes.length / 1024).toFixed(1)} KiB`);
  }
}
