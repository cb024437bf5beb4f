/**
 * The one place that names the browser's speech classes: the engine and utterance factory that
 * createPlayer takes, or nulls where there is no speech.
 */
import type { PlayerOptions } from './player.ts';

/** The parts of a window the browser helpers read. */
export interface SpeechWindow {
  speechSynthesis?: SpeechSynthesis;
  SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
}

/** Whether this browser can speak at all (not in Android System WebView nor many in-app browsers). */
export function speechAvailable(win: SpeechWindow): win is Required<SpeechWindow> {
  return typeof win.speechSynthesis === 'object' && win.speechSynthesis !== null && typeof win.SpeechSynthesisUtterance === 'function';
}

/** The engine and utterance factory of a real browser, for createPlayer; both null without speech. */
export function browserSpeech(win: SpeechWindow): Pick<PlayerOptions<SpeechSynthesisVoice, SpeechSynthesisUtterance>, 'engine' | 'makeUtterance'> {
  if (!speechAvailable(win)) return { engine: null, makeUtterance: null };
  const Utterance = win.SpeechSynthesisUtterance;
  return {
    engine: win.speechSynthesis,
    makeUtterance(spec) {
      const utterance = new Utterance(spec.text);
      utterance.lang = spec.lang;
      utterance.rate = spec.rate;
      utterance.voice = spec.voice;
      utterance.onend = () => spec.onEnd();
      utterance.onerror = (event) => spec.onError(event.error);
      return utterance;
    },
  };
}
