/**
 * Numbered steps (<Steps>) keep the list an ordered list. Their big numbers are drawn by CSS, which needs
 * `list-style: none`, and Safari's VoiceOver then stops announcing the list as a list; `role="list"` on the <ol>
 * restores it. MDX renders the list, so the role is added to the rendered HTML here.
 */

/** The rendered slot with `role="list"` on each <ol> that has no role yet; throws when there is no ordered list. */
export function withListRole(html: string): string {
  if (!/<ol[\s>]/.test(html)) throw new Error('<Steps> must wrap a numbered list (1. ... 2. ...) in the MDX file');
  return html.replace(
    /<ol(?![^>]*\brole=)(\s[^>]*)?>/g,
    (_m, attrs: string | undefined) => `<ol role="list"${attrs ?? ''}>`,
  );
}
