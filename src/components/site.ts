// The one script every page loads (besides the inline theme script): the dark mode button, "Copy link" beside
// every "link to this" anchor, the search loader (the search itself loads on first use), the print buttons of
// checklists and handouts, and the loader of "Save for offline" (its code loads on use). The comparison and the
// link builder load their own scripts only where they are used.
import '../features/theme/theme-toggle';
import '../features/section-links/copy-link';
import '../features/search/browser/loader';
import '../features/handouts/print-element';
import './language-note';
import '../features/offline/loader';
