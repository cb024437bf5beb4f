/**
 * The 「朗读」 player: speaks a list of sentences one utterance at a time over an injected engine
 * (window.speechSynthesis in the browser, a fake in the tests). Built around how engines really
 * behave (NOTES.md, "Care mode and speech"): voices arrive late, Chrome drops a speak() right after
 * cancel(), and pause() cancels on Android — so pausing here is cancel + remember the sentence.
 */
import { pickVoice, type VoiceLike } from './voices.ts';

export type PlayerStatus = 'idle' | 'preparing' | 'speaking' | 'paused' | 'unavailable' | 'no-voice' | 'error';

export interface PlayerState {
  readonly status: PlayerStatus;
  /** The sentence being (or about to be) spoken: the one to highlight while preparing, speaking or paused. */
  readonly index: number;
  readonly rate: number;
  /** The engine's error code (`not-allowed`, `synthesis-failed`…) while status is 'error', else null. */
  readonly error: string | null;
}

/** How long to wait for a Chinese voice to show up (getVoices() is often empty at first). */
export const VOICE_WAIT_MS = 10_000;
/** Safari before 16 fires no `voiceschanged` (its SpeechSynthesis is no EventTarget), so also look. */
export const VOICE_POLL_MS = 250;
/** Chrome drops a speak() that follows cancel() too closely. */
export const CANCEL_GAP_MS = 50;

/** The three speeds the reader chooses between. */
export const RATES = [
  { label: '慢', rate: 0.8 },
  { label: '正常', rate: 1 },
  { label: '快', rate: 1.25 },
] as const;
export const DEFAULT_RATE = 1;

/** What the player asks of an utterance; makeUtterance turns it into the engine's own object. */
export interface UtteranceSpec<V> {
  text: string;
  lang: string;
  rate: number;
  voice: V;
  onEnd(): void;
  onError(error: string): void;
}

/** The part of window.speechSynthesis the player uses. */
export interface SpeechEngine<V extends VoiceLike, U> {
  getVoices(): readonly V[];
  speak(utterance: U): void;
  cancel(): void;
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
  removeEventListener?(type: 'voiceschanged', listener: () => void): void;
}

export interface PlayerOptions<V extends VoiceLike, U> {
  /** null where the browser has no speech: the player stays 'unavailable'. */
  engine: SpeechEngine<V, U> | null;
  makeUtterance: ((spec: UtteranceSpec<V>) => U) | null;
  onChange?(state: PlayerState): void;
  setTimeout?(callback: () => void, ms: number): unknown;
  clearTimeout?(handle: unknown): void;
  voiceWaitMs?: number;
}

export interface Player {
  readonly state: PlayerState;
  play(sentences: readonly string[], from?: number): void;
  pause(): void;
  resume(): void;
  stop(): void;
  setRate(rate: number): void;
}

export function createPlayer<V extends VoiceLike, U>(options: PlayerOptions<V, U>): Player {
  const { engine, makeUtterance, onChange } = options;
  // Called unbound: window.setTimeout throws "Illegal invocation" with `this` set to the options.
  const later = options.setTimeout ?? ((callback: () => void, ms: number) => setTimeout(callback, ms));
  const cancelTimer = options.clearTimeout ?? ((handle: unknown) => clearTimeout(handle as Parameters<typeof clearTimeout>[0]));
  const voiceWaitMs = options.voiceWaitMs ?? VOICE_WAIT_MS;

  let state: PlayerState = { status: engine && makeUtterance ? 'idle' : 'unavailable', index: 0, rate: DEFAULT_RATE, error: null };
  let sentences: readonly string[] = [];
  let voice: V | null = null;
  // Bumped by every cancel: events of utterances from before it (Chrome's `interrupted`, Safari's `end`) are ignored.
  let generation = 0;
  // Held while speaking: Chrome garbage-collects an unreferenced utterance and its `end` never fires.
  let live: U | null = null;
  let gapTimer: unknown = null;
  let speakAfterGap = false;
  let waitTimer: unknown = null;
  let pollTimer: unknown = null;
  let checkVoices: (() => void) | null = null;

  function set(patch: Partial<PlayerState>): void {
    const next: PlayerState = { ...state, ...patch };
    if (next.status === state.status && next.index === state.index && next.rate === state.rate && next.error === state.error) return;
    state = next;
    onChange?.(state);
  }

  function stopWaiting(): void {
    if (checkVoices) engine?.removeEventListener?.('voiceschanged', checkVoices);
    checkVoices = null;
    if (waitTimer !== null) cancelTimer(waitTimer);
    if (pollTimer !== null) cancelTimer(pollTimer);
    waitTimer = pollTimer = null;
  }

  /** Silences our utterance, if one is out; the next speak() waits out CANCEL_GAP_MS. */
  function silence(): void {
    generation++;
    speakAfterGap = false;
    if (!engine || live === null) return;
    live = null;
    engine.cancel();
    if (gapTimer !== null) cancelTimer(gapTimer);
    gapTimer = later(() => {
      gapTimer = null;
      if (speakAfterGap) speakCurrent();
    }, CANCEL_GAP_MS);
  }

  function halt(): void {
    stopWaiting();
    silence();
  }

  function speakCurrent(): void {
    speakAfterGap = false;
    const text = sentences[state.index];
    if (!engine || !makeUtterance || !voice || text === undefined) return;
    if (gapTimer !== null) {
      speakAfterGap = true;
      return;
    }
    const mine = generation;
    live = makeUtterance({
      text,
      lang: 'zh-CN',
      rate: state.rate,
      voice,
      onEnd: () => {
        if (mine === generation) advance();
      },
      onError: (error) => {
        if (mine === generation) failed(error);
      },
    });
    engine.speak(live);
  }

  function advance(): void {
    live = null;
    if (state.index + 1 < sentences.length) {
      set({ index: state.index + 1 });
      speakCurrent();
    } else {
      generation++;
      set({ status: 'idle', index: 0 });
    }
  }

  function failed(error: string): void {
    live = null;
    generation++;
    // Not our cancel (ours bumped the generation first): another page or the system cut in,
    // so leave the reader where they can carry on.
    if (error === 'interrupted' || error === 'canceled') set({ status: 'paused' });
    else set({ status: 'error', error });
  }

  /** Speaks from `index` once there is a Chinese voice: at once if the engine has one (iOS, inside the tap). */
  function start(index: number): void {
    if (!engine) return;
    const found = () => {
      voice = pickVoice(engine.getVoices());
      if (!voice) return false;
      stopWaiting();
      set({ status: 'speaking', index, error: null });
      speakCurrent();
      return true;
    };
    if (found()) return;
    set({ status: 'preparing', index, error: null });
    checkVoices = () => void found();
    engine.addEventListener?.('voiceschanged', checkVoices);
    const poll = () => {
      pollTimer = later(() => {
        if (!found()) poll();
      }, VOICE_POLL_MS);
    };
    poll();
    waitTimer = later(() => {
      stopWaiting();
      set({ status: 'no-voice' });
    }, voiceWaitMs);
  }

  return {
    get state() {
      return state;
    },
    play(list, from = 0) {
      if (state.status === 'unavailable') return;
      halt();
      sentences = list.slice();
      if (sentences.length === 0) return set({ status: 'idle', index: 0, error: null });
      start(Math.min(Math.max(0, Math.floor(from) || 0), sentences.length - 1));
    },
    pause() {
      if (state.status !== 'speaking' && state.status !== 'preparing') return;
      halt();
      set({ status: 'paused' });
    },
    resume() {
      if (state.status === 'paused') start(state.index);
    },
    stop() {
      if (state.status === 'unavailable') return;
      halt();
      set({ status: 'idle', index: 0, error: null });
    },
    setRate(rate) {
      if (!(rate > 0 && rate <= 10) || rate === state.rate) return;
      set({ rate });
      // The engine reads an utterance's rate once, when it starts: say the sentence again.
      if (state.status === 'speaking') {
        silence();
        speakCurrent();
      }
    },
  };
}
