/** Reading the fragment of the address a reader opened, which anyone can write and share. */

/**
 * The element id a fragment names: "#what-iop-means", or "#%C3%A9" read as "é". A malformed escape ("#%E0%A4%A")
 * would make decodeURIComponent throw; it is then looked up as written (and matches no id).
 */
export function fragmentId(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
