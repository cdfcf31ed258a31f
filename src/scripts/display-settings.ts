/**
 * Progressive enhancement for the display settings: stores the reader's choice in localStorage.
 * The inline snippet in BaseLayout applies a stored choice before first paint (no flash).
 */
export const STORAGE_KEY = 'trangtin-display';
const MAX_SIZE = 3;

interface Settings {
  contrast?: boolean;
  size?: number;
}

function read(): Settings {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Settings;
  } catch {
    return {};
  }
}

function apply(settings: Settings) {
  const root = document.documentElement;
  if (settings.contrast) root.dataset.contrast = 'high';
  else delete root.dataset.contrast;
  if (settings.size) root.dataset.textSize = String(settings.size);
  else delete root.dataset.textSize;
  document
    .querySelectorAll<HTMLButtonElement>('[data-action="contrast"]')
    .forEach((b) => b.setAttribute('aria-pressed', String(!!settings.contrast)));
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}

export function initDisplaySettings() {
  document.querySelectorAll<HTMLElement>('[data-module="display-settings"]').forEach((box) => {
    box.addEventListener('click', (event) => {
      const action = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-action]')?.dataset.action;
      if (!action) return;
      const s = read();
      const size = s.size ?? 0;
      if (action === 'contrast') s.contrast = !s.contrast;
      if (action === 'larger') s.size = Math.min(MAX_SIZE, size + 1);
      if (action === 'smaller') s.size = Math.max(0, size - 1);
      if (action === 'reset') s.size = 0;
      apply(s);
    });
  });
  apply(read());
}
