import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { messageFor, messages } from './messages.ts';
import {
  CANCEL_GAP_MS,
  createPlayer,
  RATES,
  VOICE_WAIT_MS,
  type PlayerOptions,
  type PlayerState,
  type SpeechEngine,
  type UtteranceSpec,
} from './player.ts';
import type { VoiceLike } from './voices.ts';

type Utterance = UtteranceSpec<VoiceLike>;

const tingting: VoiceLike = { name: 'Tingting', lang: 'zh-CN', localService: true, default: false, voiceURI: 'com.apple.voice.compact.zh-CN.Tingting' };
const samantha: VoiceLike = { name: 'Samantha', lang: 'en-US', localService: true, default: true, voiceURI: 'com.apple.voice.compact.en-US.Samantha' };

/** Behaves as Chrome does: drops a speak() within 50 ms of cancel(), and reports `interrupted` for the cancelled utterance. */
class FakeEngine implements SpeechEngine<VoiceLike, Utterance> {
  voices: VoiceLike[] = [];
  /** Utterances the engine accepted, and the ones it dropped for following cancel() too closely. */
  spoken: Utterance[] = [];
  dropped: Utterance[] = [];
  current: Utterance | null = null;
  cancels = 0;
  listeners = new Set<() => void>();
  private cancelledAt = -Infinity;

  getVoices() {
    return this.voices;
  }
  speak(utterance: Utterance) {
    if (Date.now() - this.cancelledAt < 50) return void this.dropped.push(utterance);
    this.spoken.push(utterance);
    this.current = utterance;
  }
  cancel() {
    this.cancels++;
    this.cancelledAt = Date.now();
    const cancelled = this.current;
    this.current = null;
    cancelled?.onError('interrupted');
  }
  addEventListener(_type: 'voiceschanged', listener: () => void) {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'voiceschanged', listener: () => void) {
    this.listeners.delete(listener);
  }
  /** Voices arriving late, as Chrome and speech-dispatcher deliver them. */
  deliverVoices(voices: VoiceLike[]) {
    this.voices = voices;
    for (const listener of this.listeners) listener();
  }
  finish() {
    const done = this.current;
    this.current = null;
    done?.onEnd();
  }
  fail(error: string) {
    const failed = this.current;
    this.current = null;
    failed?.onError(error);
  }
  get texts() {
    return this.spoken.map((utterance) => utterance.text);
  }
}

const SENTENCES = ['第一句。', '第二句。', '第三句。'];

let engine: FakeEngine;
let states: PlayerState[];

function setup(options: Partial<PlayerOptions<VoiceLike, Utterance>> = {}) {
  return createPlayer<VoiceLike, Utterance>({
    engine,
    makeUtterance: (spec) => spec,
    onChange: (state) => states.push(state),
    ...options,
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  engine = new FakeEngine();
  states = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('voices', () => {
  test('with a voice at hand, speaks at once, inside the tap (iOS wants speak() in the gesture)', () => {
    engine.voices = [samantha, tingting];
    const player = setup();
    player.play(SENTENCES);
    expect(engine.spoken).toHaveLength(1);
    expect(engine.spoken[0]).toMatchObject({ text: '第一句。', lang: 'zh-CN', voice: tingting, rate: 1 });
    expect(player.state).toMatchObject({ status: 'speaking', index: 0 });
    expect(states.map((state) => state.status)).toEqual(['speaking']);
  });

  test('waits, preparing, for voices that arrive late via voiceschanged', () => {
    const player = setup();
    player.play(SENTENCES);
    expect(player.state.status).toBe('preparing');
    expect(messageFor(player.state)).toBe('正在准备语音…');
    vi.advanceTimersByTime(3000);
    engine.deliverVoices([samantha]);
    expect(player.state.status).toBe('preparing');
    engine.deliverVoices([samantha, tingting]);
    expect(player.state).toMatchObject({ status: 'speaking', index: 0 });
    expect(engine.texts).toEqual(['第一句。']);
    expect(engine.listeners.size).toBe(0);
  });

  test('also finds voices without voiceschanged (Safari before 16)', () => {
    const legacy: SpeechEngine<VoiceLike, Utterance> = {
      getVoices: () => engine.getVoices(),
      speak: (utterance) => engine.speak(utterance),
      cancel: () => engine.cancel(),
    };
    const player = setup({ engine: legacy });
    player.play(SENTENCES);
    engine.voices = [tingting];
    vi.advanceTimersByTime(300);
    expect(player.state.status).toBe('speaking');
    expect(engine.texts).toEqual(['第一句。']);
  });

  test('no Chinese voice within VOICE_WAIT_MS: no-voice, pointing to the phone’s screen reader', () => {
    const player = setup();
    player.play(SENTENCES);
    engine.deliverVoices([samantha]);
    vi.advanceTimersByTime(VOICE_WAIT_MS - 1);
    expect(player.state.status).toBe('preparing');
    vi.advanceTimersByTime(1);
    expect(player.state.status).toBe('no-voice');
    expect(messageFor(player.state)).toBe(messages.noVoice);
    expect(messages.noVoice).toMatch(/屏幕朗读.*TalkBack.*VoiceOver/);
    // It stops looking: a voice arriving later does not start speech by itself.
    expect(engine.listeners.size).toBe(0);
    engine.deliverVoices([tingting]);
    vi.advanceTimersByTime(VOICE_WAIT_MS);
    expect(engine.spoken).toEqual([]);
    expect(player.state.status).toBe('no-voice');
  });
});

describe('speaking', () => {
  beforeEach(() => {
    engine.voices = [tingting];
  });

  test('one utterance per sentence, in order, advancing on end; idle after the last', () => {
    const player = setup();
    player.play(SENTENCES);
    engine.finish();
    engine.finish();
    engine.finish();
    expect(engine.texts).toEqual(SENTENCES);
    expect(states.map(({ status, index }) => `${status} ${index}`)).toEqual(['speaking 0', 'speaking 1', 'speaking 2', 'idle 0']);
    expect(messageFor(player.state)).toBe('');
  });

  test('play from a sentence; an empty list does nothing', () => {
    const player = setup();
    player.play(SENTENCES, 2);
    expect(engine.texts).toEqual(['第三句。']);
    player.play([], 0);
    expect(player.state.status).toBe('idle');
  });

  test('after cancel, the next speak waits CANCEL_GAP_MS (Chrome drops it otherwise)', () => {
    const player = setup();
    player.play(SENTENCES);
    player.play(SENTENCES, 1);
    expect(engine.cancels).toBe(1);
    expect(player.state).toMatchObject({ status: 'speaking', index: 1 });
    vi.advanceTimersByTime(CANCEL_GAP_MS - 1);
    expect(engine.texts).toEqual(['第一句。']);
    vi.advanceTimersByTime(1);
    expect(engine.texts).toEqual(['第一句。', '第二句。']);
    expect(engine.dropped).toEqual([]);
  });

  test('pause cancels and remembers the sentence; resume says that sentence again from its start', () => {
    const player = setup();
    player.play(SENTENCES);
    engine.finish();
    player.pause();
    expect(engine.cancels).toBe(1);
    // Our own cancel's `interrupted` is no error.
    expect(player.state).toMatchObject({ status: 'paused', index: 1, error: null });
    player.resume();
    vi.advanceTimersByTime(CANCEL_GAP_MS);
    expect(engine.texts).toEqual(['第一句。', '第二句。', '第二句。']);
    expect(engine.dropped).toEqual([]);
    engine.finish();
    expect(player.state).toMatchObject({ status: 'speaking', index: 2 });
  });

  test('an utterance cancelled by us that reports end (as Safari does) does not advance', () => {
    const player = setup();
    player.play(SENTENCES);
    const first = engine.current!;
    player.pause();
    first.onEnd();
    expect(player.state).toMatchObject({ status: 'paused', index: 0 });
  });

  test('changing rate while speaking restarts the sentence at the new rate', () => {
    const player = setup();
    player.play(SENTENCES);
    engine.finish();
    player.setRate(RATES[2].rate);
    expect(player.state).toMatchObject({ status: 'speaking', index: 1, rate: 1.25 });
    vi.advanceTimersByTime(CANCEL_GAP_MS);
    expect(engine.spoken.map(({ text, rate }) => `${text} ${rate}`)).toEqual(['第一句。 1', '第二句。 1', '第二句。 1.25']);
    // Paused: the new rate waits for resume.
    player.pause();
    player.setRate(RATES[0].rate);
    expect(engine.spoken).toHaveLength(3);
    player.resume();
    vi.advanceTimersByTime(CANCEL_GAP_MS);
    expect(engine.spoken[3]).toMatchObject({ text: '第二句。', rate: 0.8 });
    expect(engine.dropped).toEqual([]);
  });

  test('three rates, labelled; nonsense rates are ignored', () => {
    expect(RATES.map(({ label, rate }) => `${label} ${rate}`)).toEqual(['慢 0.8', '正常 1', '快 1.25']);
    const player = setup();
    player.setRate(0);
    player.setRate(Number.NaN);
    expect(player.state.rate).toBe(1);
  });

  test('not-allowed (no tap yet) is an error with its own message; other errors the general one', () => {
    const player = setup();
    player.play(SENTENCES);
    engine.fail('not-allowed');
    expect(player.state).toMatchObject({ status: 'error', error: 'not-allowed', index: 0 });
    expect(messageFor(player.state)).toBe(messages.notAllowed);
    player.play(SENTENCES);
    expect(player.state).toMatchObject({ status: 'speaking', error: null });
    engine.fail('synthesis-failed');
    expect(messageFor(player.state)).toBe(messages.error);
  });

  test('interrupted by someone else (another page, the system) pauses rather than fails', () => {
    const player = setup();
    player.play(SENTENCES);
    engine.finish();
    engine.fail('interrupted');
    expect(player.state).toMatchObject({ status: 'paused', index: 1, error: null });
  });

  test('stop cancels and returns to idle; late events change nothing', () => {
    const player = setup();
    player.play(SENTENCES);
    engine.finish();
    const second = engine.current!;
    player.stop();
    expect(engine.cancels).toBe(1);
    expect(player.state).toMatchObject({ status: 'idle', index: 0 });
    second.onEnd();
    vi.advanceTimersByTime(VOICE_WAIT_MS);
    expect(player.state).toMatchObject({ status: 'idle', index: 0 });
    expect(engine.spoken).toHaveLength(2);
  });

  test('stop while preparing stops the wait', () => {
    engine.voices = [];
    const player = setup();
    player.play(SENTENCES);
    player.stop();
    expect(engine.listeners.size).toBe(0);
    vi.advanceTimersByTime(VOICE_WAIT_MS);
    expect(player.state.status).toBe('idle');
  });

  test('timers can be injected', () => {
    const pending: Array<{ callback: () => void; ms: number }> = [];
    const player = setup({ setTimeout: (callback, ms) => pending.push({ callback, ms }), clearTimeout: () => {} });
    player.play(SENTENCES);
    player.play(SENTENCES, 2);
    expect(engine.texts).toEqual(['第一句。']);
    expect(pending.map(({ ms }) => ms)).toEqual([CANCEL_GAP_MS]);
    vi.advanceTimersByTime(CANCEL_GAP_MS); // the fake engine's clock
    pending.forEach(({ callback }) => callback());
    expect(engine.texts).toEqual(['第一句。', '第三句。']);
  });
});

describe('without speech', () => {
  test('a player with no engine is unavailable and stays so', () => {
    const player = setup({ engine: null, makeUtterance: null });
    expect(player.state.status).toBe('unavailable');
    expect(messageFor(player.state)).toBe(messages.unavailable);
    player.play(SENTENCES);
    player.stop();
    expect(player.state.status).toBe('unavailable');
    expect(states).toEqual([]);
  });
});
