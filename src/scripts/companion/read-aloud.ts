/**
 * 「朗读」: reads a step (`data-read="step-3"`) or the page (`data-read="page"`) aloud, one sentence per
 * utterance (src/lib/read-aloud/), highlighting the sentence being read and keeping it in view. Loaded on
 * the first tap of a 朗读 button. Its panel — what is happening, 暂停/继续, 停止, 慢/正常/快 — sits under
 * the button the reader tapped; where the browser cannot speak, the panel says so and names the phone's
 * own screen reader instead.
 */
import { browserSpeech } from '../../lib/read-aloud/browser';
import { messageFor } from '../../lib/read-aloud/messages';
import { createPlayer, RATES, type PlayerState } from '../../lib/read-aloud/player';
import { planUtterances, type PlannedSentence, type TextBlock } from '../../lib/read-aloud/sentences';
import panelStylesheet from '../../styles/read-aloud.css?url';
import { loadStylesheet } from '../stylesheet';

void loadStylesheet(panelStylesheet);

/** Read as blocks; inside them, controls, figures and screen-reader-only labels are skipped. */
const BLOCKS = 'h1, h2, h3, p, li';
const SKIPPED = '[data-pagefind-ignore], figure, .sr-only, .heading-anchor, script';
const HIGHLIGHT = 'reading';

interface Block {
  element: Element;
  kind: TextBlock['kind'];
  /** The block's readable text nodes, in order; their text joined is the block's text. */
  nodes: Text[];
}

/** The elements a button reads: the page's article, or one step from its heading to the next. */
function scopeOf(button: HTMLElement): Element[] {
  const target = button.dataset.read!;
  if (target === 'page') return [...document.querySelectorAll('main article')];
  const wrapper = document.getElementById(target)?.closest('.heading-wrapper');
  const scope: Element[] = [];
  for (let element = wrapper; element && (element === wrapper || !element.matches('.heading-wrapper')); element = element.nextElementSibling) {
    scope.push(element);
  }
  return scope;
}

function blocksIn(scope: Element[]): Block[] {
  const elements = scope.flatMap((root) => (root.matches(BLOCKS) ? [root] : [...root.querySelectorAll(BLOCKS)]));
  return elements
    // A paragraph inside a list item is read with the item; nothing inside skipped parts is read.
    .filter((element) => !element.closest(SKIPPED) && !elements.some((other) => other !== element && other.contains(element)))
    .map((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => (node.parentElement?.closest(SKIPPED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      const nodes: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const kind = /^H\d$/.test(element.tagName) ? 'heading' : element.tagName === 'LI' ? 'listItem' : 'paragraph';
      return { element, kind, nodes } as Block;
    })
    .filter((block) => block.nodes.some((node) => node.data.trim()));
}

/** The DOM range of a sentence: its offsets run over the block's text nodes joined. */
function rangeOf(block: Block, sentence: PlannedSentence): Range {
  const range = document.createRange();
  let offset = 0;
  for (const node of block.nodes) {
    const end = offset + node.data.length;
    if (sentence.start >= offset && sentence.start <= end) range.setStart(node, sentence.start - offset);
    if (sentence.end >= offset && sentence.end <= end) {
      range.setEnd(node, sentence.end - offset);
      break;
    }
    offset = end;
  }
  return range;
}

type Highlights = Map<string, unknown> & { clear(): void };
const highlights = (CSS as unknown as { highlights?: Highlights }).highlights;
const Highlight = (window as unknown as { Highlight?: new (range: Range) => unknown }).Highlight;

/** Marks the sentence (the Custom Highlight API; in engines without it, its whole block) and keeps it in view. */
function mark(block: Block | null, sentence: PlannedSentence | null): void {
  document.querySelectorAll(`.${HIGHLIGHT}`).forEach((element) => element.classList.remove(HIGHLIGHT));
  highlights?.clear();
  if (!block || !sentence) return;
  const range = rangeOf(block, sentence);
  if (highlights && Highlight) highlights.set(HIGHLIGHT, new Highlight(range));
  else block.element.classList.add(HIGHLIGHT);
  const box = range.getBoundingClientRect();
  // A jump, not a smooth scroll: nothing moves under the reader's finger, and the next sentence is there at once.
  if (box.top < 80 || box.bottom > innerHeight - 40) scrollBy(0, box.top - innerHeight / 3);
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const element = Object.assign(document.createElement('button'), { type: 'button', className: 'button-secondary', textContent: text });
  element.addEventListener('click', onClick);
  return element;
}

const ACTIVE = ['preparing', 'speaking', 'paused'];

/** The one reading on the page: starting another stops it. */
let current: { trigger: HTMLElement; active(): boolean; stop(): void } | null = null;

/** A tap on a 朗读 button: reads its step or page, or, while that is being read, stops. */
export function toggleReading(trigger: HTMLElement): void {
  const again = current?.trigger === trigger && current.active();
  current?.stop();
  if (again) return;

  const blocks = blocksIn(scopeOf(trigger));
  const plan = planUtterances(blocks.map(({ kind, nodes }) => ({ kind, text: nodes.map((node) => node.data).join('') })));
  const panel = Object.assign(document.createElement('div'), { className: 'reader-panel' });
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-label', '朗读');
  const status = Object.assign(document.createElement('p'), { className: 'reader-status' });
  status.setAttribute('role', 'status');
  const pause = button('暂停', () => (player.state.status === 'paused' ? player.resume() : player.pause()));
  const stop = button('停止', () => current?.stop());
  const rates = RATES.map(({ label, rate }) => Object.assign(button(label, () => player.setRate(rate)), { rate }));
  const rateGroup = Object.assign(document.createElement('div'), { className: 'reader-rates' });
  rateGroup.setAttribute('role', 'group');
  rateGroup.setAttribute('aria-label', '语速');
  rateGroup.append(...rates);

  let started = false;
  const show = (state: PlayerState) => {
    const active = ACTIVE.includes(state.status);
    const progress = state.status === 'paused' ? '已暂停' : `正在朗读第 ${state.index + 1} 句，共 ${plan.length} 句`;
    status.textContent = messageFor(state) || (active ? progress : started ? '已读完。' : '');
    pause.textContent = state.status === 'paused' ? '继续' : '暂停';
    pause.hidden = stop.hidden = rateGroup.hidden = !active;
    rates.forEach((element) => element.setAttribute('aria-pressed', String(element.rate === state.rate)));
    const sentence = active ? (plan[state.index] ?? null) : null;
    mark(sentence && blocks[sentence.block]!, sentence);
  };
  const player = createPlayer({ ...browserSpeech(window), onChange: show });

  panel.append(status, pause, stop, rateGroup);
  trigger.after(panel);
  trigger.setAttribute('aria-expanded', 'true');
  current = {
    trigger,
    active: () => ACTIVE.includes(player.state.status),
    stop() {
      player.stop();
      mark(null, null);
      panel.remove();
      trigger.setAttribute('aria-expanded', 'false');
      current = null;
    },
  };
  show(player.state);
  player.play(plan.map((sentence) => sentence.text));
  started = true;
}

// Leaving the page stops the voice: some engines keep speaking after navigation.
addEventListener('pagehide', () => current?.stop());
