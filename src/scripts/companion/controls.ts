/**
 * Step progress （「标记为已完成」， 「重新开始」）, the text size and care mode
 * （长辈模式）, kept in localStorage only, and the 朗读 buttons (read-aloud.ts,
 * loaded on their first tap). Loaded on the first tap of one of these controls,
 * or at load when the inline head script found stored progress or a text size
 * (to set the buttons' pressed state; site.ts sets the care switch's itself);
 * what shows before that is CSS driven by the attributes the head script set.
 */
import { PROGRESS_KEY, nextStep, parseProgress, serialiseProgress, toggleStep } from '../../lib/companion/progress';
import { announce } from '../announce';
import { showCareState } from './care';

const root = document.documentElement;
const TEXT_SIZE_KEY = 'text-size';
/** '1' on, '0' off once the reader chose; src/scripts/theme-init.ts reads it (and `?care=1`). */
const CARE_KEY = 'care';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage blocked (private mode in some WebViews): the controls still work for this page
  }
}
function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    /* not kept across pages, see read() */
  }
}

let done = parseProgress(read(PROGRESS_KEY));

function applyProgress(): void {
  const total = Number(document.querySelector('[data-steps-total]')?.getAttribute('data-steps-total') ?? 0);
  if (done.length > 0) {
    root.dataset.stepsDone = String(done.length);
    const next = nextStep(done, total);
    if (next === null) delete root.dataset.nextStep;
    else root.dataset.nextStep = String(next);
  } else {
    delete root.dataset.stepsDone;
    delete root.dataset.nextStep;
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-companion="step"]')) {
    button.setAttribute('aria-pressed', String(done.includes(Number(button.dataset.step))));
  }
}

function applyTextSize(): void {
  const size = root.dataset.textSize ?? 'normal';
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-companion="text-size"]')) {
    button.setAttribute('aria-pressed', String(button.dataset.size === size));
  }
}

/** Handles a tap on a `[data-companion]` control; without an event, sets every control's state from storage. */
export function handle(event?: Event): void {
  const control = (event?.target as Element | undefined)?.closest<HTMLElement>('[data-companion]');
  if (!control) {
    applyProgress();
    applyTextSize();
    return;
  }
  const kind = control.dataset.companion;
  if (kind === 'step') {
    const step = Number(control.dataset.step);
    const isDone = control.getAttribute('aria-pressed') !== 'true';
    done = toggleStep(done, step, isDone);
    write(PROGRESS_KEY, serialiseProgress(done) || null);
    applyProgress();
    announce(isDone ? `第 ${step} 步已完成` : `第 ${step} 步已取消完成`);
  } else if (kind === 'reset') {
    done = [];
    write(PROGRESS_KEY, null);
    applyProgress();
    announce('已清除进度，从第 1 步重新开始');
  } else if (kind === 'text-size') {
    const size = control.dataset.size!;
    if (size === 'normal') delete root.dataset.textSize;
    else root.dataset.textSize = size;
    write(TEXT_SIZE_KEY, size === 'normal' ? null : size);
    applyTextSize();
  } else if (kind === 'care') {
    const on = root.dataset.care === undefined;
    if (on) root.dataset.care = '';
    else delete root.dataset.care;
    write(CARE_KEY, on ? '1' : '0');
    showCareState();
    announce(on ? '已打开长辈模式：字更大，一栏显示' : '已关闭长辈模式');
  } else if (kind === 'read') {
    void import('./read-aloud').then((module) => module.toggleReading(control));
  }
}
