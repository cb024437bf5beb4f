/**
 * Runs inline in <head>, before first paint, so a stored theme choice never
 * flashes the wrong colours. It is the site's only inline script: the CSP
 * allows it by hash (src/lib/csp.ts), so any change here changes that hash
 * and public/_headers must follow (a test compares them).
 */
export const THEME_INIT_SCRIPT =
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";
