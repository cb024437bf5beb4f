/**
 * What 「朗读」 says to the reader, in one place for the UI and the tests. Where the page cannot
 * speak, the reader is sent to the phone's own screen reader, which reads any page.
 */
import type { PlayerState } from './player.ts';

const SCREEN_READER =
  '可以改用手机自带的朗读功能：安卓手机在「设置」→「辅助功能」（或「无障碍」）里打开「屏幕朗读」或 TalkBack；' +
  '苹果手机在「设置」→「辅助功能」→「朗读内容」里打开「朗读屏幕」，或使用「旁白」（VoiceOver）。';

export const messages = {
  preparing: '正在准备语音…',
  /** No Chinese voice arrived in time (VOICE_WAIT_MS). */
  noVoice: `这个浏览器没有中文语音，无法在页面里朗读。${SCREEN_READER}`,
  /** No speechSynthesis at all: Android System WebView and many in-app browsers. */
  unavailable: `这个浏览器不支持朗读网页。${SCREEN_READER}`,
  /** Chrome refuses speech without a tap on the page (`not-allowed`). */
  notAllowed: '浏览器没有允许播放声音，请再点一次「朗读」。',
  error: '朗读出了问题，请再点一次「朗读」。',
} as const;

/** The line to show for a state, or '' when the highlighted sentence says enough. */
export function messageFor(state: PlayerState): string {
  switch (state.status) {
    case 'preparing':
      return messages.preparing;
    case 'no-voice':
      return messages.noVoice;
    case 'unavailable':
      return messages.unavailable;
    case 'error':
      return state.error === 'not-allowed' ? messages.notAllowed : messages.error;
    default:
      return '';
  }
}
