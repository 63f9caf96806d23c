// <Fact> and the "due for review" note rendered through Astro's Container API for a chosen build day, in English and
// Spanish: what /guide/paying-for-iop/ and its Spanish twin must say on 2 January 2027, without a second build.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readFacts, readKind, readSpanishKind } from '../model/read';
import { factIdsIn, reviewWithFacts } from '../model/facts';
import { formatDate } from '../lib/dates';

// The build's day, as astro.config.mjs would set it from BUILD_DATE; each test chooses it.
const build = vi.hoisted(() => ({ day: new Date('2026-12-04T00:00:00Z') }));
vi.mock('../config', async (original) => ({
  ...(await original<typeof import('../config')>()),
  get BUILD_DAY() {
    return build.day;
  },
}));
// The registry as the build reads it (getCollection needs a build's data store; the Node reader is the same data).
vi.mock('../model/queries', () => ({ getFacts: async () => readFacts() }));

const { default: Fact } = await import('./mdx/Fact.astro');
const { default: ReviewDue } = await import('./ReviewDue.astro');
const container = await AstroContainer.create();
const request = (path: string) => new Request(`https://iopguide.org${path}`);
const render = async (component: Parameters<typeof container.renderToString>[0], path: string, props = {}) =>
  (await container.renderToString(component, { props, request: request(path) })).replace(/\s+/g, ' ').trim();

describe('<Fact> on the build day', () => {
  beforeEach(() => {
    build.day = new Date('2026-12-04T00:00:00Z');
  });
  it('shows the value in force, in the page language', async () => {
    expect(await render(Fact, '/faq/medicare-coverage/', { id: 'medicare.partB.deductible' })).toBe('$283 for 2026');
    expect(await render(Fact, '/es/faq/medicare-coverage/', { id: 'medicare.partB.deductible' })).toBe('$283 en 2026');
    expect(await render(Fact, '/es/guide/paying-for-iop/', { id: 'priorAuth.federalPlans.standard' })).toBe(
      '7 días (contando los fines de semana)',
    );
  });
  it('after the period ends, says the next amount is not known yet (never "$283 for 2027")', async () => {
    build.day = new Date('2027-01-02T00:00:00Z');
    expect(await render(Fact, '/guide/paying-for-iop/', { id: 'medicare.partB.deductible' })).toBe(
      '$283 for 2026; Medicare sets a new amount each January',
    );
    expect(await render(Fact, '/es/guide/paying-for-iop/', { id: 'medicare.partB.deductible' })).toBe(
      '$283 en 2026; Medicare fija un monto nuevo cada enero',
    );
  });
  it('switches to the next known value on its first day', async () => {
    build.day = new Date('2027-01-01T00:00:00Z');
    expect(await render(Fact, '/guide/paying-for-iop/', { id: 'medicaid.retroactive.expansionAdults' })).toBe(
      '1 month',
    );
  });
  it('with on="...", shows the value in force on that day, the same before and after the change', async () => {
    for (const day of ['2026-12-04', '2027-01-02', '2029-06-01']) {
      build.day = new Date(`${day}T00:00:00Z`);
      const adults = { id: 'medicaid.retroactive.expansionAdults', on: '2027-01-01' };
      expect(await render(Fact, '/guide/paying-for-iop/', adults)).toBe('1 month');
      expect(await render(Fact, '/es/guide/paying-for-iop/', { ...adults, on: '2026-12-31' })).toBe('3 meses');
    }
  });
  it('fails the page, naming the page, the fact and the problem, for a bad day or a day with no period', async () => {
    await expect(
      render(Fact, '/guide/paying-for-iop/', { id: 'medicare.partB.deductible', on: '2027-01-01' }),
    ).rejects.toThrow(
      /^\/guide\/paying-for-iop\/: <Fact id="medicare\.partB\.deductible" on="2027-01-01">: .*has no period/,
    );
    await expect(
      render(Fact, '/es/guide/paying-for-iop/', { id: 'medicaid.retroactive.others', on: '2027-1-1' }),
    ).rejects.toThrow(
      '/es/guide/paying-for-iop/: <Fact id="medicaid.retroactive.others" on="2027-1-1">: on="2027-1-1" is not a day',
    );
  });
  it('fails the page, naming the id, for a fact that does not exist', async () => {
    await expect(render(Fact, '/guide/x/', { id: 'no.such' })).rejects.toThrow('no fact "no.such" in content/facts/');
  });
});

describe('the due-for-review note follows the facts a page uses, in its language', () => {
  const facts = readFacts();
  const paying = {
    en: readKind('articles').find((a) => a.id === 'paying-for-iop')!,
    es: readSpanishKind('articles').find((a) => a.id === 'paying-for-iop')!,
  };
  const faq = readKind('faq').find((f) => f.id === 'medicare-coverage')!;
  const datesOf = (doc: { body: string; data: { lastReviewed: Date; nextReview: Date; keyPoints?: string[] } }) =>
    reviewWithFacts(doc.data, factIdsIn([doc.body, doc.data.keyPoints]), facts);

  it('says nothing while the page and its facts are current', async () => {
    build.day = new Date('2026-12-04T00:00:00Z');
    expect(await render(ReviewDue, '/guide/paying-for-iop/', datesOf(paying.en))).toBe('');
    expect(await render(ReviewDue, '/faq/medicare-coverage/', datesOf(faq))).toBe('');
  });
  it('on 2 January 2027, paying-for-iop says it is due in English and in Spanish (with a Spanish date)', async () => {
    build.day = new Date('2027-01-02T00:00:00Z');
    // The date the page itself gives (its lastReviewed), as readers see it in each language.
    expect(await render(ReviewDue, '/guide/paying-for-iop/', datesOf(paying.en))).toContain(
      `This page is due for review. We last checked its facts on ${formatDate(paying.en.data.lastReviewed)}`,
    );
    const es = await render(ReviewDue, '/es/guide/paying-for-iop/', datesOf(paying.es));
    expect(es).toContain(
      `Esta página debe revisarse. Revisamos sus datos por última vez el ${formatDate(paying.es.data.lastReviewed, 'es-US')}`,
    );
    expect(formatDate(paying.es.data.lastReviewed, 'es-US')).toMatch(/^\d+ de [a-z]+ de 20\d\d$/);
    expect(es).not.toMatch(/This page|November/);
  });
  it('an FAQ answer that states a yearly figure is due when the figure runs out, even though its own date is later', async () => {
    build.day = new Date('2027-01-02T00:00:00Z');
    expect(faq.data.nextReview > build.day).toBe(true);
    expect(datesOf(faq).nextReview).toEqual(new Date('2026-12-31T00:00:00Z'));
    expect(await render(ReviewDue, '/faq/medicare-coverage/', datesOf(faq))).toContain('This page is due for review.');
  });
  it('a glossary entry gets the short note', async () => {
    build.day = new Date('2027-01-02T00:00:00Z');
    const term = readSpanishKind('glossary').find((g) => g.id === 'medicare-part-b')!;
    expect(await render(ReviewDue, '/es/glossary/', { ...datesOf(term), kind: 'entry' })).toContain(
      'Debe revisarse: revisamos esta definición por última vez el',
    );
  });
});
