import { LEGACY_STYLESHEET } from '../lib/legacy/name.ts';

/**
 * Runs inline in <head>, before first paint, so stored reader choices never
 * flash: the theme, the text size and step progress （stored by
 * src/scripts/companion/controls.ts as ascending digits, see
 * src/lib/companion/progress.ts; exposed as the count and the step to continue
 * with, which CSS turns into the progress line and 「继续第 N 步」）, and care mode
 * （长辈模式: `care` is '1' or '0' once the reader chose; a link with `?care=1`
 * turns it on for a reader who has not, so a family member can share one）. `data-js`
 * reveals controls that need JavaScript. An engine without cascade layers
 * (Chromium < 99, iOS < 15.4) drops Tailwind's layered stylesheet whole, so
 * the flattened one (src/lib/legacy/stylesheet.ts) is linked for it here,
 * while the head is parsed, and blocks rendering like the page's own. After
 * load it registers the service worker. Both files are found beside the
 * manifest, so one text works under any base path.
 * It is the site's only inline script: the CSP allows it by hash
 * (src/lib/csp.ts), so any change here changes that hash and public/_headers
 * must follow (a test compares them).
 */
export const THEME_INIT_SCRIPT =
  "var d=document.documentElement.dataset,r=document.querySelector('[rel=manifest]').href.replace(/[^/]*$/,''),c=/[?&]care=1(&|$)/.test(location.search);d.js='';" +
  `window.CSSLayerBlockRule||document.write('<link rel=stylesheet href="'+r+'${LEGACY_STYLESHEET}">');` +
  "try{var l=localStorage,t=l.getItem('theme');if(t=='light'||t=='dark')d.theme=t;t=l.getItem('text-size');if(t=='small'||t=='large')d.textSize=t;t=l.getItem('steps-done');if(t)d.stepsDone=t.length,d.nextStep=+t.slice(-1)+1;t=l.getItem('care');if(t==null&&c)l.setItem('care',t='1');c=t=='1'}catch(e){}if(c)d.care='';addEventListener('load',function(){var s=navigator.serviceWorker;s&&s.register(r+'sw.js').catch(function(){})})";
