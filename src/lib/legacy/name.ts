/**
 * File name of the stylesheet for engines without cascade layers (src/lib/legacy/stylesheet.ts), at the
 * site's root: the head script (src/scripts/theme-init.ts) finds it beside the manifest, so one inline
 * script, allowed by one CSP hash, serves any base path.
 */
export const LEGACY_STYLESHEET = 'legacy.css';
