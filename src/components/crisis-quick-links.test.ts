import { describe, expect, it } from 'vitest';
import { actionNumber, quickAction } from './crisis-quick-links';
import { CRISIS_LINES, CRISIS_LINES_ES } from '../lib/crisis';

const call911 = { kind: 'call' as const, label: 'Call 911', href: 'tel:911' };

describe('the crisis strip’s links', () => {
  it('reads the number a link dials or texts', () => {
    expect(actionNumber('tel:911')).toBe('911');
    expect(actionNumber('sms:988?&body=AYUDA')).toBe('988');
    expect(actionNumber('tel:+18006624357')).toBe('+18006624357');
  });
  it('splits a call label around its number, so the number can stand alone on a narrow phone', () => {
    expect(quickAction(call911, { numberAlone: true })).toEqual({
      kind: 'call',
      href: 'tel:911',
      label: 'Call 911',
      lead: 'Call',
      text: '911',
    });
    expect(quickAction({ ...call911, label: 'Llame al 911' }, { numberAlone: true })).toMatchObject({
      lead: 'Llame al',
      text: '911',
    });
  });
  it('shows the strip label whole when asked to, or when the label does not end with the number it dials', () => {
    expect(quickAction(call911)).toEqual({ kind: 'call', href: 'tel:911', label: 'Call 911', text: 'Call 911' });
    expect(quickAction({ ...call911, label: '911 now' }, { numberAlone: true })).not.toHaveProperty('lead');
    expect(quickAction({ ...call911, label: '911' }, { numberAlone: true })).not.toHaveProperty('lead');
    const short = { kind: 'text' as const, label: 'Envíe AYUDA al 988', short: 'Texto al 988', href: 'sms:988' };
    expect(quickAction(short).text).toBe('Texto al 988');
  });
  it('gives the 911 line, in both languages, a label that ends with its number (so the strip can shorten it)', () => {
    for (const lines of [CRISIS_LINES, CRISIS_LINES_ES]) {
      const a = quickAction(lines.find((l) => l.id === '911')!.actions[0], { numberAlone: true });
      expect([a.text, a.href]).toEqual(['911', 'tel:911']);
      expect(a.lead).toBeTruthy();
    }
  });
});
