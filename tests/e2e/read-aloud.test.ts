import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { messages } from '../../src/lib/read-aloud/messages';
import { launchEngine, waitFor, type Engine, type EnginePage } from '../support/engines';
import { PHONE, useSite } from '../support/e2e';
import { serveSite, type StaticServer } from '../support/server';
import { build } from '../support/site';
import { startSpeechDispatcher } from '../support/speech';

/**
 * 朗读 with a real speech engine: Firefox ESR speaking through Debian's speech-dispatcher and espeak-ng
 * (tests/support/speech.ts), and in Chromium without any speech API. The sentence plan, the voice choice
 * and the player's states are unit-tested on a fake engine in src/lib/read-aloud/.
 */
interface Spoken {
  event: string;
  text: string;
  /** The text marked on the page when the event fired, whitespace removed. */
  marked: string;
}

/** Runs in the page: records each utterance's start, end and error, and what the page marks at that moment. */
function recordSpeech() {
  const log: Spoken[] = [];
  (window as unknown as { spoken: Spoken[] }).spoken = log;
  const marked = () => {
    const highlight = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('reading');
    const text = highlight ? [...highlight][0]?.toString() : document.querySelector('.reading')?.textContent;
    return (text ?? '').replace(/\s+/g, '');
  };
  const speak = speechSynthesis.speak.bind(speechSynthesis);
  speechSynthesis.speak = (utterance) => {
    for (const event of ['start', 'end', 'error']) {
      utterance.addEventListener(event, (e) => log.push({ event: event === 'error' ? `error ${(e as SpeechSynthesisErrorEvent).error}` : event, text: utterance.text, marked: marked() }));
    }
    speak(utterance);
  };
}

const spoken = (page: EnginePage) => page.evaluate(() => (window as unknown as { spoken: Spoken[] }).spoken.filter((entry) => entry.text));
const STEP_2 = ['第 2 步：进入「我的」页面', '在支付宝首页，点击右下角的「我的」图标，进入个人中心页面。'];

describe('Firefox ESR with speech-dispatcher and espeak-ng', () => {
  const state = {} as { speech: Awaited<ReturnType<typeof startSpeechDispatcher>>; server: StaticServer; engine: Engine; page: EnginePage };
  beforeAll(async () => {
    state.speech = await startSpeechDispatcher();
    Object.assign(process.env, state.speech.env); // the browser inherits it
    state.server = await serveSite(build('subpath').outDir, build('subpath').base);
    state.engine = await launchEngine('firefox');
    state.page = await state.engine.open(PHONE.viewport);
    await state.page.goto(`${state.server.url}steps/`);
    // The espeak-ng voices reach the browser 5–12 s after it starts.
    await waitFor(state.page, 'a Mandarin voice', () => speechSynthesis.getVoices().some((voice) => /^cmn/i.test(voice.lang)), undefined, 30_000);
  }, 60_000);
  afterAll(async () => {
    await state.page?.close();
    await state.engine?.close();
    await state.server?.close();
    state.speech?.stop();
    for (const name of Object.keys(state.speech?.env ?? {})) delete process.env[name];
  });

  test('朗读 under a step reads it sentence by sentence, each marked on the page while it is read', async () => {
    const { page } = state;
    await page.evaluate(recordSpeech);
    await page.click('[data-read="step-2"]');
    await waitFor(page, 'both sentences read', () => (window as unknown as { spoken: Spoken[] }).spoken.filter((entry) => entry.event === 'end' && entry.text).length >= 2, undefined, 30_000);
    const log = await spoken(page);
    expect(log.map(({ event, text }) => `${event} ${text}`)).toEqual(STEP_2.flatMap((sentence) => [`start ${sentence}`, `end ${sentence}`]));
    for (const entry of log.filter(({ event }) => event === 'start')) expect(entry.marked).toBe(entry.text.replace(/\s+/g, ''));
    await waitFor(page, 'the reading to finish', () => document.querySelector('.reader-status')?.textContent === '已读完。');
  }, 60_000);

  test('朗读本页: 暂停 stops, 继续 says that sentence again, 停止 ends it and clears the mark', async () => {
    const { page } = state;
    await page.goto(`${state.server.url}steps/`);
    await page.evaluate(recordSpeech);
    await page.click('[data-read="page"]');
    await waitFor(page, 'the first sentence', () => (window as unknown as { spoken: Spoken[] }).spoken.some((entry) => entry.event === 'start' && entry.text), undefined, 30_000);
    await page.click('.reader-panel > button:nth-of-type(1)'); // 暂停
    await waitFor(page, 'paused', () => document.querySelector('.reader-status')?.textContent === '已暂停');
    const paused = (await spoken(page)).filter(({ event }) => event === 'start').pop()!.text;
    await page.click('.reader-panel > button:nth-of-type(1)'); // 继续
    await waitFor(page, 'the sentence again', (text) => (window as unknown as { spoken: Spoken[] }).spoken.filter((entry) => entry.event === 'start' && entry.text === text).length >= 2, paused, 15_000);
    await page.click('.reader-panel > button:nth-of-type(2)'); // 停止
    const after = (await spoken(page)).length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await spoken(page)).slice(after).filter(({ event }) => event === 'start')).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('.reader-panel'))).toBeNull();
    expect(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size + document.querySelectorAll('.reading').length)).toBe(0);
    expect(await page.consoleErrors()).toEqual([]);
  }, 60_000);
});

describe('a browser without speech (Android WebViews such as WeChat’s)', () => {
  const site = useSite('subpath');
  test('朗读 says so in words and points to the phone’s own screen reader', async () => {
    const page = await site.blank(PHONE);
    await page.addInitScript(() => {
      for (const name of ['speechSynthesis', 'SpeechSynthesisUtterance']) Object.defineProperty(window, name, { value: undefined });
    });
    await page.goto(site.url('/steps/'));
    await page.click('[data-read="step-3"]');
    await expect.poll(() => page.locator('.reader-status').textContent()).toBe(messages.unavailable);
    expect(messages.unavailable).toMatch(/屏幕朗读.*TalkBack.*VoiceOver/);
    expect(await page.locator('.reader-panel button').evaluateAll((buttons) => buttons.filter((button) => button.getClientRects().length > 0).length)).toBe(0);
    await page.context().close();
  });
});
