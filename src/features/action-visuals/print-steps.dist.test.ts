// The overdose steps as a sheet that prints alone (<PrintSteps>), in both languages: one .checklist (so the print CSS
// of a checklist that is the page's target leaves only it on paper) holding the numbered steps and the naloxone
// pictures, the lines to write in, and a "Print these steps" link to itself (it works without JavaScript).
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../../tests/helpers/dist';
import { PRINT_STEPS_WORDS } from './print-steps-words';

const pages = builtPages();

describe('the printable overdose steps', () => {
  it.each(['/guide/overdose/', '/es/guide/overdose/'])(
    '%s: the steps and pictures print alone, with lines to fill in',
    (path) => {
      const w = PRINT_STEPS_WORDS[path.startsWith('/es/') ? 'es' : 'en'];
      const doc = pages.find((p) => p.path === path)!.document;
      const sheets = doc.querySelectorAll('#print-steps');
      expect(sheets.length).toBe(1);
      const sheet = sheets[0];
      expect(sheet.classList.contains('checklist')).toBe(true);
      expect(sheet.querySelector('.checklist-alone-title')?.textContent).toBe(w.title);
      expect(sheet.querySelectorAll('.steps > ol > li').length).toBe(7);
      expect(sheet.querySelector('figure[aria-labelledby="naloxone-steps"]')).not.toBeNull();
      const text = sheet.textContent ?? '';
      for (const f of w.fields) expect(text).toContain(f);
      // On paper, the key reassurance in bold right under the title; the screen's "Print these steps (2 pages)" line
      // does not print, and a line on how to use the sheet prints in its place.
      const paperOnly = [...sheet.querySelectorAll(':scope > .print-only')].map((p) => p.textContent);
      expect(paperOnly).toEqual([w.safe, w.howToPaper]);
      const safe = sheet.querySelector('.checklist-alone-title + .print-only');
      expect(safe?.textContent).toBe(w.safe);
      expect(safe?.classList.contains('font-bold')).toBe(true);
      // Right above the pictures, the line that says which steps they show; the pictures carry those numbers, 2 to 6.
      const figure = sheet.querySelector('figure[aria-labelledby="naloxone-steps"]')!;
      expect(figure.previousElementSibling?.textContent).toBe(w.pictures);
      expect(figure.previousElementSibling?.classList.contains('print:break-after-avoid')).toBe(true);
      expect(figure.querySelector('ol')?.getAttribute('start')).toBe('2');
      const numbers = [...figure.querySelectorAll('ol > li span[aria-hidden]')].map((n) => n.textContent?.trim());
      expect(numbers).toEqual(['2', '3', '4', '5', '6']);
      const howTo = [...sheet.querySelectorAll(':scope > p')].find((p) => p.textContent === w.howTo);
      expect(howTo?.classList.contains('no-print')).toBe(true);
      const link = sheet.querySelector('iop-print a[href="#print-steps"]');
      expect(link?.textContent?.trim()).toBe(w.print);
      expect(sheet.querySelector('.checklist-hint')?.textContent).toBe(w.hint);
      // The checklist's boxes are drawn only on its own list: none of the steps is a bare list right under the sheet.
      expect(sheet.querySelectorAll(':scope > ul').length).toBe(0);
    },
  );
});
