/**
 * The phone-screen schematics （示意图） beside the seven steps, as data: one
 * component (src/components/companion/StepFigure.astro) draws every screen
 * from these shapes. They show only what the guide states — where 「我的」，
 * 「芝麻信用」， 「信用服务」， the search box, the list and 「立即开通」 are — with
 * grey placeholders for everything else: no invented menus, amounts or logos.
 */

import { STEP_FLOW } from './step-flow.ts';

/** Drawing units: the screen is SCREEN.width × SCREEN.height. */
export const SCREEN = { width: 100, height: 180 } as const;

export interface Shape {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Text drawn inside (or, for an icon, under) the shape: an app label, verbatim. */
  label?: string;
  /** The place to tap: highlighted and marked with a tap ring. */
  target?: boolean;
  /** `field` draws a search box, `icon` an app icon with its label underneath. */
  kind?: 'block' | 'field' | 'button' | 'icon';
}

export interface StepScreen {
  step: number;
  /** Title bar text: a page name the guide uses, or none. */
  title?: string;
  /** What to tap, as the figure's caption and accessible name. */
  caption: string;
  shapes: Shape[];
}

const TAB_Y = 162;
/** The bottom tab bar: unlabelled tabs, 「我的」 bottom right (step 2 of the guide). */
function tabBar(targetMine: boolean): Shape[] {
  const tabs: Shape[] = [0, 1, 2].map((i) => ({ x: 6 + i * 23, y: TAB_Y, w: 19, h: 12 }));
  return [...tabs, { x: 75, y: TAB_Y, w: 19, h: 12, label: STEP_FLOW[1]!.target, target: targetMine }];
}

/** Grey content rows from `y`, `count` of them, with one labelled row at `index`. */
function rows(y: number, count: number, labelled?: { index: number; label: string; target?: boolean }): Shape[] {
  return Array.from({ length: count }, (_, i) => ({
    x: 6,
    y: y + i * 18,
    w: 88,
    h: 13,
    ...(labelled?.index === i ? { label: labelled.label, target: labelled.target ?? true } : {}),
  }));
}

/** App icons on the phone's home screen, one of them 支付宝. */
function homeScreen(): Shape[] {
  const icons: Shape[] = [];
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 4; col++) {
      const isAlipay = row === 1 && col === 1;
      icons.push({ x: 9 + col * 22, y: 24 + row * 32, w: 16, h: 16, kind: 'icon', ...(isAlipay ? { label: STEP_FLOW[0]!.target, target: true } : {}) });
    }
  }
  return icons;
}

/** What each step's screen shows besides its title and target （step-flow.ts）: where the target sits among grey placeholders. */
const LAYOUTS: readonly { caption: string; shapes: (target: string) => Shape[] }[] = [
  { caption: '在手机上找到支付宝 APP 的图标，点击打开', shapes: () => homeScreen() },
  { caption: '点击右下角的「我的」', shapes: () => [...rows(26, 5), ...tabBar(true)] },
  { caption: '在个人中心页面点击「芝麻信用」', shapes: (label) => [...rows(26, 6, { index: 2, label }), ...tabBar(false)] },
  { caption: '在芝麻信用页面点击「信用服务」', shapes: (label) => rows(26, 7, { index: 3, label }) },
  {
    caption: '在信用服务页面查找「先用后付」，找不到就在搜索框输入「先用后付」',
    shapes: (label) => [{ x: 6, y: 24, w: 88, h: 13, kind: 'field', label, target: true }, ...rows(46, 6)],
  },
  { caption: '在商家和服务列表中选择合适的一项', shapes: (label) => rows(26, 7, { index: 1, label }) },
  {
    caption: '点击「立即开通」按钮，再按提示操作',
    shapes: (label) => [...rows(26, 5), { x: 14, y: 150, w: 72, h: 16, kind: 'button', label, target: true }],
  },
];

export const STEP_SCREENS: readonly StepScreen[] = STEP_FLOW.map((place, i) => ({
  step: place.step,
  ...(place.screen ? { title: place.screen } : {}),
  caption: LAYOUTS[i]!.caption,
  shapes: LAYOUTS[i]!.shapes(place.target),
}));

/** The screen drawn beside step `step`; an unknown step is an authoring mistake and stops the build. */
export function stepScreen(step: number): StepScreen {
  const screen = STEP_SCREENS.find((candidate) => candidate.step === step);
  if (!screen) {
    throw new Error(`No phone-screen schematic for step ${step}: src/lib/companion/step-screens.ts draws steps 1–${STEP_SCREENS.length}.`);
  }
  return screen;
}

/** Centre of a shape (where the tap ring goes); an icon's ring sits on the icon, not its label. */
export function tapPoint(shape: Shape): { x: number; y: number } {
  return { x: shape.x + shape.w / 2, y: shape.y + shape.h / 2 };
}

/** The tap path at the top of the steps page: each label the reader taps, and the step that taps it. */
export const TAP_PATH: readonly { label: string; step: number }[] = STEP_FLOW.filter((place) => place.onTapPath).map(({ target, step }) => ({ label: target, step }));
