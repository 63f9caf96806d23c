/**
 * The one inline script on every page: it applies the reader's chosen theme before the first paint (an external or
 * deferred script would flash the other theme), and adds the `js` class that shows what needs a script. Its text
 * lives here with its hash, so the Content-Security-Policy can allow exactly it: BaseLayout puts both in the page,
 * astro.config.mjs, the error pages' route and deploy/write-config.ts hand the hashes to the hosting feature.
 */
import { cspHash } from '../../lib/csp-hash.ts';
import { THEMES, THEME_STORAGE_KEY } from './names.ts';

/** Accepts only a stored value that names a theme ('t==="light"||t==="dark"'). */
const isTheme = THEMES.map((name) => `t===${JSON.stringify(name)}`).join('||');

/** The script's text (plain ES5 so it runs in any browser; no imports). */
export const THEME_BOOTSTRAP = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(${isTheme})document.documentElement.dataset.theme=t}catch(e){}document.documentElement.classList.add("js");`;

/** Hashes of every inline script the site may ship (the build refuses any other). */
export const INLINE_SCRIPT_HASHES: readonly string[] = [cspHash(THEME_BOOTSTRAP)];
