/**
 * Every name the offline copy's parts share: the build step that writes the manifests, the page's control, and the
 * service worker. Paths here are relative to the base path (the service worker's scope); nothing here is typed twice.
 */

/** The service worker script, at the base path so its scope is the whole site. */
export const SW_FILE = 'sw.js';
/** A language's manifest: every file of its offline copy with its content hash and size. */
export const manifestFile = (lang: string): string => `offline/manifest-${lang}.json`;
/** The record a finished copy writes last into its cache (a copy without it is incomplete and never served). */
export const SAVED_RECORD = 'offline/saved.json';
/** Cache names start with this (then the scope, the language and the manifest's version). */
export const CACHE_PREFIX = 'iop-offline';
/** The message the service worker posts to open pages when it has switched a copy to a new version. */
export const UPDATED_MESSAGE = 'iop-offline-updated';
/** The attribute the first-view loader sets on <iop-offline> when the reader pressed Save before its code loaded. */
export const START_ATTR = 'data-start';
