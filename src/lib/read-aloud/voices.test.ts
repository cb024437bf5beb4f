import { describe, expect, test } from 'vitest';
import { isChineseVoice, pickVoice, type VoiceLike } from './voices.ts';

const voice = (name: string, lang: string, localService: boolean, isDefault = false, voiceURI = name): VoiceLike => ({
  name,
  lang,
  localService,
  default: isDefault,
  voiceURI,
});

// As the engines list them (iOS/macOS, Chrome, Edge, Android, Linux speech-dispatcher + espeak-ng).
const tingting = voice('Tingting', 'zh-CN', true, false, 'com.apple.voice.compact.zh-CN.Tingting');
const meijia = voice('Meijia', 'zh-TW', true, false, 'com.apple.voice.compact.zh-TW.Meijia');
const sinji = voice('Sinji', 'zh-HK', true, false, 'com.apple.voice.compact.zh-HK.Sinji');
const samantha = voice('Samantha', 'en-US', true, true, 'com.apple.voice.compact.en-US.Samantha');
const googleMandarin = voice('Google 普通话（中国大陆）', 'zh-CN', false);
const googleCantonese = voice('Google 粤語（香港）', 'zh-HK', false);
const googleUs = voice('Google US English', 'en-US', false);
const xiaoxiao = voice('Microsoft Xiaoxiao Online (Natural) - Chinese (Mainland)', 'zh-CN', false);
const huihui = voice('Microsoft Huihui - Chinese (Simplified, PRC)', 'zh-CN', true);
const david = voice('Microsoft David - English (United States)', 'en-US', true, true);
const espeakMandarin = voice('Chinese (Mandarin)', 'cmn', true);
const espeakPinyin = voice('Chinese (Mandarin, latin as Pinyin)', 'cmn-latn-pinyin', true);
const espeakCantonese = voice('Chinese (Cantonese)', 'yue', true);
const espeakEnglish = voice('English (Great Britain)', 'en-GB', true, true);
const android = voice('cmn-cn-x-ccc-local', 'zh_CN', true);

describe('pickVoice', () => {
  test.each([
    ['iOS: mainland Mandarin beats Taiwan and Cantonese', [sinji, meijia, tingting, samantha], tingting],
    ['macOS Chrome: the local voice beats Google’s network one', [googleMandarin, googleCantonese, sinji, tingting, meijia, googleUs], tingting],
    ['Windows Edge: the local voice beats the online natural one', [xiaoxiao, david, huihui], huihui],
    ['Windows Chrome', [david, huihui, googleUs, googleMandarin], huihui],
    ['a network voice when it is the only Mandarin one', [googleUs, googleCantonese, googleMandarin], googleMandarin],
    ['Linux espeak-ng tags Mandarin cmn', [espeakEnglish, espeakCantonese, espeakMandarin], espeakMandarin],
    ['cmn-latn-pinyin is Mandarin too', [espeakEnglish, espeakPinyin], espeakPinyin],
    ['Android writes zh_CN', [googleUs, android], android],
    ['a local Taiwan voice beats a mainland network voice (Google is unreachable in the mainland)', [googleMandarin, meijia], meijia],
    ['Cantonese only when nothing else is Chinese', [samantha, sinji], sinji],
    ['a network Mandarin voice beats a local Cantonese one', [sinji, xiaoxiao], xiaoxiao],
  ])('%s', (_, voices, expected) => {
    expect(pickVoice(voices)).toBe(expected);
  });

  test('the browser default breaks a tie, else the list order', () => {
    const a = voice('A', 'zh-CN', true);
    const b = voice('B', 'zh-CN', true, true);
    expect(pickVoice([a, b])).toBe(b);
    expect(pickVoice([a, voice('C', 'zh-CN', true)])).toBe(a);
  });

  test.each([
    ['English only', [samantha, googleUs, david, espeakEnglish]],
    ['no voices yet', []],
  ])('null with %s', (_, voices) => {
    expect(pickVoice(voices)).toBeNull();
  });
});

describe('isChineseVoice', () => {
  test.each(['zh-CN', 'zh_CN', 'zh-Hans-CN', 'zh-TW', 'zh-HK', 'zh', 'cmn', 'cmn-latn-pinyin', 'ZH-cn', ' zh-CN'])('%s is Chinese', (lang) => {
    expect(isChineseVoice(voice('x', lang, true))).toBe(true);
  });

  // yue (Cantonese) is left out by the tag rule; zu is Zulu.
  test.each(['en-US', 'zu-ZA', 'zha', 'cmnx', 'yue', '', 'ja-JP'])('%j is not', (lang) => {
    expect(isChineseVoice(voice('x', lang, true))).toBe(false);
  });
});
