/**
 * The line drawings of giving naloxone nasal spray, shared by <NaloxoneSteps /> (all five, in step order) and
 * <NaloxoneSpray /> (the second alone: the spray in the nostril). Each is the inside of an <svg> on a 48 x 48 grid,
 * drawn in the text colour by its caller's stroke="currentColor".
 */
// One drawing per step, in order: a phone with 911; a head in profile tilted back (chin up) with the spray's nozzle in
// the nostril and a thumb on the plunger at its end; a person lying on their side (recovery position: head resting on
// the arm, top knee bent up); a timer; two people side by side. Raters failed PEMAT 18/26 on the old 2 and 3 (a bare
// spray with no nose or head tilt; a figure lying flat while the words say "roll them onto their side"), so those two
// show the technique and are drawn bigger (DETAILED). Paths only, on a 48 x 48 grid, already placed (no
// rotate or move attribute: Tailwind reads that attribute's name as a utility class and adds it to the shared
// stylesheet); stroke-width is an SVG attribute, not style, so the CSP allows it.
export const NALOXONE_ICONS: readonly string[] = [
  '<rect x="14" y="4" width="20" height="40" rx="4"/><path d="M21 39h6"/><text x="24" y="26" text-anchor="middle" font-size="9" font-weight="700" fill="currentColor" stroke="none">911</text>',
  '<path d="M32.5 2a11 11 0 0 0-7 5.3l-.7 1.6-9 2.6q-1.2.7-.1 1.6l3.9 2.2-1.5 2 .7 1.4-1.5.3-1 2.8q-.4 1.4.8 2l3.7 2.1M32.5 2c3.5-1 7.1-.4 9.9 1.7 4 3.3 5.2 9 2.4 13.8a17 17 0 0 1-10.3 8.4m-13.9 1c0 3 1 5 1 20.1m13.6-20.6c-1 4-2 8-1 20.6"/><g stroke-width="2"><path d="m15.4 14.3-2.5 2.4L14 18l2.5-2.4"/><path d="m11.7 15.5 3.6 3.7-6.5 6.3-3.6-3.7zm-7.3 7.2L2 25c-2.4 2.4 1 6 3.5 3.6L8 26.2z"/></g>',
  '<path d="M1 41h46"/><circle cx="9" cy="24" r="5.5"/><path d="M4 31.5h7.5l4-6.5"/><path d="M14 37c0-6 1.5-10.5 5-11.5 3-.8 5 .8 7.5.5 2.5-.3 4-3 6.5-3.5l5-6.5 6.5 13.5c.5 1-.3 1.8-1.3 1.5l-5.7-4.5M26 36.5h19.5"/>',
  '<circle cx="24" cy="27" r="16"/><path d="M24 27V17M24 27l7 4M19 5h10M24 5v6"/>',
  '<circle cx="15" cy="14" r="5"/><circle cx="33" cy="14" r="5"/><path d="M5 42c0-12 20-12 20 0M23 42c0-12 20-12 20 0"/>',
];

/** The <svg> attributes every one of these line drawings is drawn with (spread first; callers add size and box). */
export const LINE_DRAWING = {
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': '2.5',
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
  'aria-hidden': 'true',
  focusable: 'false',
} as const;
