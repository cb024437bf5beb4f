import { describe, expect, expectTypeOf, test, vi } from 'vitest';
import { browserSpeech, speechAvailable, type SpeechWindow } from './browser.ts';
import { createPlayer } from './player.ts';
import type { VoiceLike } from './voices.ts';

const tingting: VoiceLike = { name: 'Tingting', lang: 'zh-CN', localService: true, default: false, voiceURI: 'com.apple.voice.compact.zh-CN.Tingting' };
const engine = { getVoices: () => [tingting], speak() {}, cancel() {} };

describe('browser speech', () => {
  class FakeUtterance {
    lang = '';
    rate = 1;
    voice: unknown = null;
    onend: (() => void) | null = null;
    onerror: ((event: { error: string }) => void) | null = null;
    constructor(public text: string) {}
  }
  const win = (properties: object) => properties as SpeechWindow;

  test('speechAvailable needs both speechSynthesis and SpeechSynthesisUtterance', () => {
    expect(speechAvailable(win({}))).toBe(false);
    expect(speechAvailable(win({ speechSynthesis: engine }))).toBe(false);
    expect(speechAvailable(win({ speechSynthesis: engine, SpeechSynthesisUtterance: FakeUtterance }))).toBe(true);
    expect(browserSpeech(win({ SpeechSynthesisUtterance: FakeUtterance }))).toEqual({ engine: null, makeUtterance: null });
  });

  test('browserSpeech builds real-shaped utterances that report back', () => {
    const { engine: speech, makeUtterance } = browserSpeech(win({ speechSynthesis: engine, SpeechSynthesisUtterance: FakeUtterance }));
    expect(speech).toBe(engine);
    const onEnd = vi.fn();
    const onError = vi.fn();
    const utterance = makeUtterance!({ text: '你好。', lang: 'zh-CN', rate: 0.8, voice: tingting as SpeechSynthesisVoice, onEnd, onError });
    const fake = utterance as unknown as FakeUtterance;
    expect(fake).toMatchObject({ text: '你好。', lang: 'zh-CN', rate: 0.8, voice: tingting });
    fake.onend!();
    fake.onerror!({ error: 'not-allowed' });
    expect(onEnd).toHaveBeenCalledOnce();
    expect(onError).toHaveBeenCalledWith('not-allowed');
  });

  test('the real window and its speech types fit (checked by the compiler)', () => {
    expectTypeOf(browserSpeech).toBeCallableWith(globalThis as unknown as Window & typeof globalThis);
    expectTypeOf(createPlayer<SpeechSynthesisVoice, SpeechSynthesisUtterance>).toBeCallableWith({ ...browserSpeech({}), onChange: () => {} });
  });
});
