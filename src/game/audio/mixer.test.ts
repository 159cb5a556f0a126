import { describe, expect, it } from 'vitest';
import { allCueUrls, FakeBackend } from '../../../test/support/fakes.ts';
import { Mixer } from './mixer.ts';

describe('Mixer', () => {
  it('makes no sound before the first gesture, then starts the loops that are wanted', async () => {
    const backend = new FakeBackend();
    const mixer = new Mixer(backend);
    await mixer.load(allCueUrls(), () => {});
    mixer.setLoops(['ring', 'office']);
    mixer.play('click');
    mixer.play('pickup');
    expect(backend.calls).toEqual([]);
    expect(mixer.isUnlocked).toBe(false);

    mixer.unlock();
    expect(backend.calls).toEqual(['start:ring', 'start:office']);
    mixer.play('click');
    expect(backend.calls.at(-1)).toBe('once:click');
  });

  it('reconciles loops: stops what is no longer wanted and does not restart what is playing', async () => {
    const backend = new FakeBackend();
    const mixer = new Mixer(backend);
    await mixer.load(allCueUrls(), () => {});
    mixer.unlock();
    mixer.setLoops(['ring', 'office']);
    mixer.setLoops(['office', 'hold-music']);
    mixer.stopAll();
    expect(backend.calls).toEqual(['start:ring', 'start:office', 'stop:ring', 'start:hold-music', 'stop:office', 'stop:hold-music']);
  });

  it('skips a cue that failed to load and reports it', async () => {
    const backend = new FakeBackend(['ring']);
    const mixer = new Mixer(backend);
    expect(await mixer.load(allCueUrls(), () => {})).toEqual(['ring']);
    mixer.unlock();
    mixer.setLoops(['ring', 'shop']);
    mixer.play('ring');
    expect(backend.calls).toEqual(['start:shop']);
  });

  it('clamps volume to 0..1', () => {
    const backend = new FakeBackend();
    const mixer = new Mixer(backend);
    mixer.setVolume(3);
    expect(backend.volume).toBe(1);
    mixer.setVolume(-1);
    expect(backend.volume).toBe(0);
  });
});
