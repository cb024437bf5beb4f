/**
 * Which of the engine's voices reads the guide. The page is Mandarin for readers in mainland China,
 * so: a Mandarin voice that runs on the device, mainland accent first.
 */

/** The fields of SpeechSynthesisVoice the choice reads. */
export interface VoiceLike {
  readonly name: string;
  readonly lang: string;
  readonly localService: boolean;
  readonly default: boolean;
  readonly voiceURI: string;
}

/**
 * Chinese by its language tag: `zh-CN`, `zh_CN` (Android), `zh-Hans-CN`, and `cmn` /
 * `cmn-latn-pinyin` as speech-dispatcher tags espeak-ng's Mandarin on Linux (never `zh-CN`).
 */
const CHINESE = /^(zh|cmn)([-_]|$)/i;

export function isChineseVoice(voice: VoiceLike): boolean {
  return CHINESE.test(voice.lang.trim());
}

/** 0 mainland Mandarin, 1 region unknown (zh-SG…), 2 Taiwan Mandarin (Meijia), 3 Cantonese (Sinji, zh-HK). */
function variety(lang: string): number {
  const tag = lang.trim().toLowerCase().replace(/_/g, '-');
  if (/-(hk|mo|yue)(-|$)/.test(tag)) return 3;
  if (/-(tw|hant)(-|$)/.test(tag)) return 2;
  if (tag === 'zh' || tag.indexOf('cmn') === 0 || /-(cn|hans)(-|$)/.test(tag)) return 0;
  return 1;
}

/**
 * Sort key, lowest wins. Cantonese only when nothing else is Chinese: a Mandarin listener
 * cannot follow it. Then a local voice before a network one: Google's voices are network-only,
 * unreachable from mainland networks, and Chrome cuts network speech after ~15 s; a Taiwan
 * accent is understood everywhere, silence is not. Then accent, then the browser's default.
 */
function rank(voice: VoiceLike): number[] {
  const kind = variety(voice.lang);
  return [kind === 3 ? 1 : 0, voice.localService ? 0 : 1, kind, voice.default ? 0 : 1];
}

function better(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]!;
  }
  return false;
}

/** The voice to read Chinese with, or null when the engine has none (the list's first on a tie). */
export function pickVoice<V extends VoiceLike>(voices: readonly V[]): V | null {
  let best: V | null = null;
  let bestRank: number[] = [];
  for (const voice of voices) {
    if (!isChineseVoice(voice)) continue;
    const voiceRank = rank(voice);
    if (best === null || better(voiceRank, bestRank)) {
      best = voice;
      bestRank = voiceRank;
    }
  }
  return best;
}
