/**
 * The one inline script on every page: it applies the reader's chosen theme before the first paint (an external or
 * deferred script would flash the other theme). Its text lives here so the CSP can allow exactly it, by hash.
 */
import { THEME_STORAGE_KEY } from '../../lib/theme.ts';
import { cspHash } from './headers.ts';

/** The script's text (plain ES5 so it runs in any browser; no imports). */
export const THEME_BOOTSTRAP = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}document.documentElement.classList.add("js");`;

/** Hashes of every inline script the site may ship (the build refuses any other). */
export const INLINE_SCRIPT_HASHES: readonly string[] = [cspHash(THEME_BOOTSTRAP)];
