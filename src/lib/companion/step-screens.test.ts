import { describe, expect, test } from 'vitest';
import { SCREEN, STEP_SCREENS, TAP_PATH, stepScreen } from './step-screens';

/** The app's UI labels the guide names; a schematic may write nothing else. */
const GUIDE_LABELS = ['支付宝', '我的', '芝麻信用', '信用服务', '先用后付', '商家和服务', '立即开通'];

describe('step screens', () => {
  test('seven steps, in order', () => {
    expect(STEP_SCREENS.map((screen) => screen.step)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  test.each(STEP_SCREENS)('step $step: exactly one target, inside the screen, labelled with a word of the guide', (screen) => {
    const targets = screen.shapes.filter((shape) => shape.target);
    expect(targets).toHaveLength(1);
    expect(targets[0]!.label).toBeTruthy(); // the component draws a target's highlight with its label
    for (const shape of screen.shapes) {
      expect(shape.x).toBeGreaterThanOrEqual(0);
      expect(shape.y).toBeGreaterThanOrEqual(0);
      expect(shape.x + shape.w).toBeLessThanOrEqual(SCREEN.width);
      expect(shape.y + shape.h).toBeLessThanOrEqual(SCREEN.height);
      if (shape.label) expect(GUIDE_LABELS).toContain(shape.label);
    }
    if (screen.title) expect(GUIDE_LABELS.some((label) => screen.title!.includes(label))).toBe(true);
  });

  test('step 2 puts 「我的」 bottom right', () => {
    const mine = stepScreen(2).shapes.find((shape) => shape.label === '我的')!;
    expect(mine.x + mine.w).toBeGreaterThan(SCREEN.width * 0.85);
    expect(mine.y).toBeGreaterThan(SCREEN.height * 0.85);
  });

  test('an unknown step fails with a hint', () => {
    expect(() => stepScreen(8)).toThrow(/No phone-screen schematic for step 8.*steps 1–7/);
  });
});

describe('tap path', () => {
  test.each(TAP_PATH)('「$label」 is what step $step highlights', ({ label, step }) => {
    expect(stepScreen(step).shapes.find((shape) => shape.target)?.label).toBe(label);
  });
});
