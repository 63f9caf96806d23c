// The language switcher keeps the reader's place (sections have the same id in both languages), and an English-only
// page reached from a Spanish page shows its note in Spanish (LanguageNote.astro).
const SPANISH = /^\/([^/]+\/)*es\//;

for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch="twin"]'))
  a.addEventListener('click', () => {
    if (location.hash) a.hash = location.hash;
  });

const note = document.querySelector<HTMLElement>('[data-language-note]');
if (note && document.referrer) {
  try {
    const from = new URL(document.referrer);
    if (from.origin === location.origin && SPANISH.test(from.pathname)) note.hidden = false;
  } catch {
    // An unreadable referrer: leave the note hidden.
  }
}
