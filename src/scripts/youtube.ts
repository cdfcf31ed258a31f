/**
 * Loads a YouTube player only when the reader presses Play (Circular 32/2017: nothing moves by
 * itself; and no request to a third party before a click). Uses the no-cookie host.
 */
export function initYoutubeOnClick() {
  document.querySelectorAll<HTMLElement>('[data-module="youtube"]').forEach((box) => {
    box.querySelector<HTMLButtonElement>('[data-play]')?.addEventListener('click', () => {
      const frame = document.createElement('iframe');
      frame.src = `https://www.youtube-nocookie.com/embed/${encodeURIComponent(box.dataset.id ?? '')}?autoplay=1`;
      frame.title = box.dataset.title ?? '';
      frame.allow = 'autoplay; encrypted-media; picture-in-picture';
      frame.allowFullscreen = true;
      box.querySelector('.tt-video__frame')?.replaceChildren(frame);
      frame.focus();
    });
  });
}
