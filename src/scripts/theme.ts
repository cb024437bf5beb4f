/** Light/dark toggle. A choice equal to the system theme is forgotten, so the page follows the system again. */
const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');

const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : systemDark.matches);

export function initThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  const sync = () => button.setAttribute('aria-pressed', String(isDark()));
  button.dataset.ready = '';
  sync();
  systemDark.addEventListener('change', sync);
  button.addEventListener('click', () => {
    const dark = !isDark();
    try {
      if (dark === systemDark.matches) {
        delete root.dataset.theme;
        localStorage.removeItem('theme');
      } else {
        root.dataset.theme = dark ? 'dark' : 'light';
        localStorage.setItem('theme', root.dataset.theme);
      }
    } catch {
      root.dataset.theme = dark ? 'dark' : 'light';
    }
    sync();
  });
}
