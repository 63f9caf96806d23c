import { describe, expect, it } from 'vitest';
import {
  announcement,
  droppedLevels,
  inOrder,
  listNames,
  parseState,
  refusalMessage,
  stateQuery,
  toggleLevel,
  tooManyMessage,
} from './state';
import { paths } from '../../lib/urls';
import { readLevels } from '../../model/read';
import { readLinkRegistry } from '../../model/link-registry';

const KNOWN = ['outpatient', 'iop', 'php', 'residential', 'inpatient'];

describe('parseState', () => {
  it('reads two or three known levels, in the site order', () => {
    expect(parseState('?levels=php,iop', KNOWN)).toEqual({ levels: ['iop', 'php'] });
    expect(parseState('levels=inpatient,outpatient,iop', KNOWN)).toEqual({
      levels: ['outpatient', 'iop', 'inpatient'],
    });
  });
  it('accepts an encoded comma, spaces and capitals', () => {
    expect(parseState('?levels=IOP%2C%20Residential', KNOWN).levels).toEqual(['iop', 'residential']);
    expect(parseState('?levels=iop+php', KNOWN).levels).toEqual(['iop', 'php']);
  });
  it('ignores unknown and repeated ids, keeping what is left when two or more remain', () => {
    expect(parseState('?levels=iop,spa,php,iop', KNOWN).levels).toEqual(['iop', 'php']);
    expect(parseState('?levels=outpatient,,residential,', KNOWN).levels).toEqual(['outpatient', 'residential']);
  });
  it('keeps at most three levels', () => {
    expect(parseState('?levels=inpatient,residential,php,iop', KNOWN).levels).toEqual([
      'php',
      'residential',
      'inpatient',
    ]);
  });
  it.each([
    ['no query', ''],
    ['one level', '?levels=iop'],
    ['the same level twice', '?levels=php,php'],
    ['only unknown levels', '?levels=spa,retreat'],
    ['an empty value', '?levels='],
    ['malformed escapes', '?levels=%E0%A4%A,%%,iop'],
    ['script text', '?levels=<script>alert(1)</script>,iop'],
    ['a huge value', `?levels=${'x,'.repeat(10000)}`],
  ])('falls back to IOP and PHP for %s, without throwing', (_name, search) => {
    expect(parseState(search, KNOWN)).toEqual({ levels: ['iop', 'php'] });
  });
  it('still opens links made when "show only differences" existed (diff=1 is ignored)', () => {
    expect(parseState('?levels=iop,php&diff=1', KNOWN)).toEqual({ levels: ['iop', 'php'] });
    expect(stateQuery(parseState('?levels=php,inpatient&diff=1', KNOWN), KNOWN)).toBe('?levels=php,inpatient');
  });
  it('survives a non-string at run time', () => {
    expect(parseState(undefined as unknown as string, KNOWN).levels).toEqual(['iop', 'php']);
  });
});

describe('stateQuery', () => {
  it('writes levels in the site order', () => {
    expect(stateQuery({ levels: ['php', 'iop'] }, KNOWN)).toBe('?levels=iop,php');
    expect(stateQuery({ levels: ['inpatient', 'iop', 'outpatient'] }, KNOWN)).toBe('?levels=outpatient,iop,inpatient');
  });
  it('round-trips through parseState', () => {
    const state = { levels: ['outpatient', 'residential', 'inpatient'] };
    expect(parseState(stateQuery(state, KNOWN), KNOWN)).toEqual(state);
  });
  it('drops unknown ids', () => {
    expect(inOrder(['spa', 'php'], KNOWN)).toEqual(['php']);
  });
});

describe('toggleLevel', () => {
  it('adds and removes within 2 to 3', () => {
    expect(toggleLevel(['iop', 'php'], 'outpatient', true, KNOWN)).toEqual({ levels: ['outpatient', 'iop', 'php'] });
    expect(toggleLevel(['outpatient', 'iop', 'php'], 'iop', false, KNOWN)).toEqual({ levels: ['outpatient', 'php'] });
  });
  it('refuses a fourth level and the last but one', () => {
    expect(toggleLevel(['outpatient', 'iop', 'php'], 'inpatient', true, KNOWN)).toEqual({
      levels: ['outpatient', 'iop', 'php'],
      refused: 'max',
    });
    expect(toggleLevel(['iop', 'php'], 'php', false, KNOWN)).toEqual({ levels: ['iop', 'php'], refused: 'min' });
  });
  it('does nothing when the box already matches', () => {
    expect(toggleLevel(['iop', 'php'], 'iop', true, KNOWN)).toEqual({ levels: ['iop', 'php'] });
  });
});

describe('announcements', () => {
  it('lists names and announces changes', () => {
    expect(listNames(['IOP'])).toBe('IOP');
    expect(listNames(['IOP', 'PHP', 'Hospital'])).toBe('IOP, PHP and Hospital');
    expect(announcement(['IOP', 'PHP'])).toBe('Comparing IOP and PHP.');
    expect(announcement(['Outpatient', 'IOP', 'Hospital'])).toBe('Comparing Outpatient, IOP and Hospital.');
  });
  it('says why a choice was refused and what to do, counting in words that fit', () => {
    expect(refusalMessage('max')).toBe('You can compare up to 3 levels at once. Uncheck one first.');
    expect(refusalMessage('min')).toBe('Keep at least 2 levels checked to compare.');
    expect(refusalMessage('min', 'en', 3, 1)).toBe('Keep at least 1 level checked to compare.');
  });
});

describe('the compare URL', () => {
  it('paths.compare writes what parseState reads', async () => {
    const url = paths.compare(['iop', 'php', 'inpatient']);
    expect(url).toBe('/compare/?levels=iop,php,inpatient');
    expect(url).toBe(`/compare/${stateQuery({ levels: ['iop', 'php', 'inpatient'] }, KNOWN)}`);
    expect(parseState(url.slice('/compare/'.length), KNOWN)).toEqual({ levels: ['iop', 'php', 'inpatient'] });
  });
});

describe('the status line in Spanish', () => {
  it('announces and refuses in Spanish', () => {
    expect(announcement(['IOP', 'PHP'], 'es')).toBe('Comparando IOP y PHP.');
    expect(refusalMessage('max', 'es')).toBe('Puede comparar hasta 3 niveles a la vez. Primero desmarque uno.');
    expect(refusalMessage('min', 'es')).toBe('Deje marcados por lo menos 2 niveles para comparar.');
  });
});

describe('a link that names more levels than fit', () => {
  it('shows the first three named and knows which are left out, in the site order', () => {
    const search = '?levels=inpatient,residential,php,iop,outpatient';
    expect(parseState(search, KNOWN).levels).toEqual(['php', 'residential', 'inpatient']);
    expect(droppedLevels(search, KNOWN)).toEqual(['outpatient', 'iop']);
    expect(droppedLevels('?levels=iop,php,residential', KNOWN)).toEqual([]);
    expect(droppedLevels('?levels=iop,iop,php,spa,php', KNOWN)).toEqual([]);
    expect(droppedLevels('?levels=%E0%A4%A', KNOWN)).toEqual([]);
  });
  it('says plainly that only three fit, which are shown, which are not, and how to see them', () => {
    expect(tooManyMessage(['IOP', 'PHP', 'Residential'], ['Hospital'])).toBe(
      'This link names 4 levels, but only 3 fit side by side. Showing IOP, PHP and Residential; left out: Hospital. To see it, uncheck another level, then check it.',
    );
    expect(tooManyMessage(['IOP', 'PHP', 'Residential'], ['Outpatient', 'Hospital'])).toMatch(
      /^This link names 5 levels, .* left out: Outpatient and Hospital\. To see them, uncheck other levels, then check them\.$/,
    );
    expect(tooManyMessage(['IOP', 'PHP', 'Residencial'], ['Hospital'], 'es')).toBe(
      'Este enlace nombra 4 niveles, pero solo caben 3 lado a lado. Se muestran IOP, PHP y Residencial; no se muestra Hospital. Para verlo, desmarque otro nivel y luego márquelo.',
    );
  });
});

describe('edge cases a clinic link or a reader can reach', () => {
  it('falls back only to default levels the site knows', () => {
    expect(parseState('', ['outpatient', 'iop', 'residential']).levels).toEqual(['iop']);
    expect(parseState('?levels=spa', KNOWN, ['residential', 'outpatient'])).toEqual({
      levels: ['outpatient', 'residential'],
    });
  });
  it('reads a repeated levels parameter as one list, and ignores a non-string such as an object', () => {
    expect(parseState('?levels=residential&levels=iop', KNOWN).levels).toEqual(['iop', 'residential']);
    expect(parseState({ levels: 'outpatient,residential' } as unknown as string, KNOWN).levels).toEqual(['iop', 'php']);
  });
  it('does nothing, and refuses nothing, when a full or minimal box is set to what it already is', () => {
    expect(toggleLevel(['outpatient', 'iop', 'php'], 'iop', true, KNOWN)).toEqual({
      levels: ['outpatient', 'iop', 'php'],
    });
    expect(toggleLevel(['iop', 'php'], 'residential', false, KNOWN)).toEqual({ levels: ['iop', 'php'] });
  });
  it('names no level as an empty list', () => {
    expect(listNames([])).toBe('');
    expect(listNames(['IOP', 'PHP'], 'es')).toBe('IOP y PHP');
  });
  it('says in Spanish when several levels are left out, and counts one level in the singular', () => {
    expect(tooManyMessage(['IOP', 'PHP', 'Residencial'], ['Ambulatorio', 'Hospital'], 'es')).toBe(
      'Este enlace nombra 5 niveles, pero solo caben 3 lado a lado. Se muestran IOP, PHP y Residencial; no se muestran Ambulatorio y Hospital. Para verlos, desmarque otros niveles y luego márquelos.',
    );
    expect(refusalMessage('min', 'es', 3, 1)).toBe('Deje marcados por lo menos 1 nivel para comparar.');
    expect(refusalMessage('max', 'es', 1)).toBe('Puede comparar hasta 1 nivel a la vez. Primero desmarque uno.');
  });
});

// The presets a clinic may link to (content/links.yaml) are this widget's states: each must open with the levels it
// names, none dropped or reordered.
describe('the registered comparison presets', () => {
  it('open with the levels they name', () => {
    const known = Object.keys(readLevels());
    const presets = readLinkRegistry().presets;
    expect(presets.length).toBeGreaterThan(0);
    for (const preset of presets) {
      const query = preset.slice('/compare/'.length);
      const asked = new URLSearchParams(query).get('levels')!.split(',');
      expect(parseState(query, known).levels, preset).toEqual(asked);
    }
  });
});
