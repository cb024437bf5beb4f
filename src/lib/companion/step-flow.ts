/**
 * The seven steps as a walk through the app's screens, defined once: step N
 * happens on a screen and taps a target there, which opens the screen of the
 * next step. The figures draw it (step-screens.ts: title bar and highlighted
 * target) and search reads it (src/lib/search/screen-flow.ts: a question
 * naming the screen the reader is on lands on the step that happens there).
 * Only names the guide itself uses.
 */
export interface StepPlace {
  step: number;
  /** The title bar of the screen the step happens on, or null for the phone's home screen. */
  screen: string | null;
  /** Other names the guide gives that screen （个人中心 for 「我的」）. */
  screenAlso: readonly string[];
  /** The label the step taps, verbatim from the app. */
  target: string;
  /** Where the guide says the target is, or what it is part of （右下角， 搜索框）. */
  targetAlso: readonly string[];
  /** The target is an app label the guide quotes 「」, and so a stop of the tap path heading the steps page. */
  onTapPath: boolean;
}

export const STEP_FLOW: readonly StepPlace[] = [
  { step: 1, screen: null, screenAlso: ['手机桌面', '桌面'], target: '支付宝', targetAlso: [], onTapPath: false },
  { step: 2, screen: '支付宝首页', screenAlso: ['首页'], target: '我的', targetAlso: ['右下角'], onTapPath: true },
  { step: 3, screen: '我的', screenAlso: ['个人中心'], target: '芝麻信用', targetAlso: [], onTapPath: true },
  { step: 4, screen: '芝麻信用', screenAlso: [], target: '信用服务', targetAlso: [], onTapPath: true },
  { step: 5, screen: '信用服务', screenAlso: [], target: '先用后付', targetAlso: ['搜索框'], onTapPath: true },
  { step: 6, screen: '先用后付', screenAlso: [], target: '商家和服务', targetAlso: ['商家'], onTapPath: false },
  { step: 7, screen: '先用后付', screenAlso: [], target: '立即开通', targetAlso: [], onTapPath: true },
];
