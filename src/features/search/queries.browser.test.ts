// Realistic lay queries against the built site, through the real search UI in Chromium (Pagefind + our ranking).
// Each query passes if one of its expected pages or sections is among the top 3 results. At least 90% must pass;
// the score and every miss are printed so content and aliases (content/search/aliases.yaml) can be tuned.
import { describe, expect, it } from 'vitest';
import { newContext } from '../../../tests/helpers/browser';
import { useBuiltSite } from '../../../tests/helpers/site';
import { PAGE_PANEL, searchFor } from '../../../tests/helpers/search';

/** Query -> acceptable targets: "/guide/<slug>/" (the page or any of its sections), "/guide/<slug>/#id", "/faq/#id", "/glossary/#id". */
export const QUERIES: [string, string[]][] = [
  ['can i keep my job', ['/guide/privacy-and-rights/', '/guide/how-iop-works/', '/faq/#can-i-keep-working']],
  ['does medicare pay', ['/guide/paying-for-iop/']],
  ['iop or php', ['/guide/iop-vs-php/']],
  ['day program', ['/guide/iop-vs-php/', '/glossary/#php']],
  ['teenager', ['/guide/iop-for-teens/']],
  ['after treatment ends', ['/guide/after-iop/']],
  ['what is iop', ['/guide/what-is-iop/', '/glossary/#iop']],
  ['how many hours a week', ['/guide/how-iop-works/', '/guide/what-is-iop/', '/guide/iop-vs-php/']],
  ['rehab', ['/guide/what-is-iop/', '/guide/iop-vs-php/', '/glossary/#residential-treatment']],
  ['detox', ['/glossary/#withdrawal-management', '/guide/mental-health-and-substance-use-iop/']],
  ['dual diagnosis', ['/guide/mental-health-and-substance-use-iop/', '/glossary/#co-occurring-conditions']],
  ['MAT', ['/glossary/#moud', '/guide/mental-health-and-substance-use-iop/']],
  ['insurance said no', ['/guide/paying-for-iop/', '/glossary/#internal-appeal']],
  ['prior authorization', ['/guide/paying-for-iop/', '/glossary/#prior-authorization']],
  ['how to help my son', ['/guide/for-families/', '/guide/iop-for-teens/']],
  ['will my boss find out', ['/guide/privacy-and-rights/']],
  ['what kind of therapy', ['/guide/therapies-and-services/']],
  ['group therapy', ['/guide/therapies-and-services/', '/glossary/#group-therapy']],
  ['how do i pick a good program', ['/guide/choosing-a-program/']],
  ['red flags', ['/guide/choosing-a-program/']],
  ['is iop right for me', ['/guide/who-iop-can-help/']],
  ['what if i relapse', ['/guide/after-iop/', '/glossary/#relapse']],
  ['support groups', ['/guide/after-iop/', '/glossary/#mutual-support-groups']],
  ['does iop work', ['/guide/benefits-and-trade-offs/', '/guide/what-is-iop/', '/faq/#is-iop-worth-it']],
  ['pros and cons', ['/guide/benefits-and-trade-offs/']],
  ['online iop', ['/glossary/#telehealth', '/guide/how-iop-works/', '/guide/what-is-iop/']],
  ['school', ['/guide/iop-for-teens/']],
  ['is it confidential', ['/guide/privacy-and-rights/', '/glossary/#hipaa', '/glossary/#42-cfr-part-2']],
  ['family therapy', ['/guide/for-families/', '/glossary/#family-therapy', '/guide/iop-for-teens/']],
  ['step down', ['/guide/after-iop/', '/glossary/#step-down']],
  ['how much does it cost', ['/guide/paying-for-iop/']],
  ['addiction and depression', ['/guide/mental-health-and-substance-use-iop/']],
  // Paying: Medicaid's 2025 law, appeal deadlines, prior-authorization timelines, Medicare video visits.
  [
    'medicaid work requirements',
    ['/faq/#medicaid-work-requirements', '/guide/paying-for-iop/#medicaid-changes-in-2026-and-2027'],
  ],
  [
    'will i lose medicaid',
    [
      '/faq/#medicaid-work-requirements',
      '/guide/paying-for-iop/#medicaid-changes-in-2026-and-2027',
      '/faq/#medicaid-coverage',
    ],
  ],
  ['medically frail', ['/faq/#medicaid-work-requirements', '/guide/paying-for-iop/']],
  ['medicaid every 6 months', ['/faq/#medicaid-work-requirements', '/guide/paying-for-iop/']],
  [
    'how long do i have to appeal',
    ['/guide/paying-for-iop/#how-long-do-you-have-to-appeal', '/faq/#insurer-says-no', '/glossary/#internal-appeal'],
  ],
  [
    'medicare advantage appeal deadline',
    ['/guide/paying-for-iop/#how-long-do-you-have-to-appeal', '/faq/#insurer-says-no'],
  ],
  ['how long does prior authorization take', ['/faq/#prior-authorization', '/guide/paying-for-iop/']],
  ['does medicare cover telehealth', ['/guide/paying-for-iop/#video-visits-with-medicare', '/glossary/#telehealth']],
  // Issue 10: skills groups by name.
  ['anger management', ['/guide/therapies-and-services/#skills-groups-what-you-practice', '/faq/#skills-groups']],
  ['assertiveness training', ['/guide/therapies-and-services/#skills-groups-what-you-practice', '/faq/#skills-groups']],
  ['refusal skills', ['/guide/therapies-and-services/#skills-groups-what-you-practice', '/faq/#skills-groups']],
  ['coping skills', ['/guide/therapies-and-services/#skills-groups-what-you-practice', '/faq/#skills-groups']],
  ['how to say no to drinking', ['/guide/therapies-and-services/', '/faq/#skills-groups']],
  [
    'stress management group',
    ['/guide/therapies-and-services/#skills-groups-what-you-practice', '/faq/#skills-groups'],
  ],
  // Issue 10: overdose risk after a break, and naloxone.
  [
    'where to get narcan',
    ['/guide/after-iop/#overdose-risk-and-naloxone', '/faq/#where-to-get-naloxone', '/glossary/#naloxone'],
  ],
  ['naloxone', ['/guide/after-iop/#overdose-risk-and-naloxone', '/faq/#where-to-get-naloxone', '/glossary/#naloxone']],
  ['overdose after relapse', ['/guide/after-iop/#overdose-risk-and-naloxone', '/faq/#where-to-get-naloxone']],
  ['what is an asam level', ['/guide/iop-vs-php/', '/faq/#what-is-asam-level', '/glossary/#asam-criteria']],
  // Working during IOP (issue 10).
  ['can i work during iop', ['/guide/working-during-iop/', '/faq/#keep-working']],
  ['fmla', ['/guide/working-during-iop/', '/glossary/#fmla', '/faq/#time-off-work']],
  ['reasonable accommodation', ['/guide/working-during-iop/', '/glossary/#ada']],
  ['evening iop after work', ['/guide/working-during-iop/', '/guide/how-iop-works/']],
  ['doctors note for my boss', ['/guide/working-during-iop/', '/faq/#employer-find-out']],
  // Court-ordered treatment and family crises (issue 10).
  ['court ordered treatment', ['/guide/court-ordered-treatment/']],
  ['drug court', ['/guide/court-ordered-treatment/', '/glossary/#drug-court']],
  ['probation officer', ['/guide/court-ordered-treatment/', '/faq/#court-order-records']],
  [
    'mobile crisis',
    ['/guide/court-ordered-treatment/', '/glossary/#mobile-crisis-team', '/faq/#family-crisis-who-to-call'],
  ],
  [
    'involuntary commitment',
    ['/guide/court-ordered-treatment/', '/glossary/#civil-commitment', '/faq/#make-adult-child-go'],
  ],
  // Care for particular needs (issue 10): trauma and PTSD, eating disorders, veterans and service members.
  ['ptsd', ['/guide/trauma-and-ptsd/', '/glossary/#ptsd']],
  ['flashbacks', ['/guide/trauma-and-ptsd/', '/glossary/#ptsd']],
  ['emdr', ['/guide/trauma-and-ptsd/', '/faq/#emdr-cpt-pe', '/glossary/#trauma-focused-therapy']],
  ['trauma therapy', ['/guide/trauma-and-ptsd/', '/faq/#emdr-cpt-pe', '/glossary/#trauma-focused-therapy']],
  ['do i have to talk about my trauma', ['/faq/#trauma-talk-before-ready', '/guide/trauma-and-ptsd/']],
  ['ptsd and drinking', ['/faq/#ptsd-and-drinking', '/guide/trauma-and-ptsd/']],
  ['eating disorder', ['/guide/eating-disorder-iop/']],
  ['anorexia', ['/guide/eating-disorder-iop/']],
  ['bulimia', ['/guide/eating-disorder-iop/']],
  ['binge eating', ['/guide/eating-disorder-iop/']],
  ['arfid', ['/guide/eating-disorder-iop/']],
  ['will they weigh me', ['/faq/#weighed-in-eating-disorder-program', '/guide/eating-disorder-iop/']],
  ['veteran', ['/guide/iop-for-veterans/']],
  ['va', ['/guide/iop-for-veterans/', '/glossary/#va-community-care', '/glossary/#vet-center']],
  ['military', ['/guide/iop-for-veterans/']],
  ['tricare', ['/guide/iop-for-veterans/', '/faq/#tricare-cover-iop', '/glossary/#tricare']],
  ['community care', ['/guide/iop-for-veterans/', '/faq/#va-pay-community-iop', '/glossary/#va-community-care']],
  ['veterans crisis line', ['/faq/#veterans-crisis-line', '/guide/iop-for-veterans/']],
  // Care for particular needs: pregnancy and after birth.
  ['pregnant', ['/guide/pregnancy-and-postpartum/']],
  [
    'postpartum depression',
    ['/guide/pregnancy-and-postpartum/', '/faq/#postpartum-depression-iop', '/glossary/#perinatal-depression'],
  ],
  ['methadone while pregnant', ['/guide/pregnancy-and-postpartum/', '/faq/#methadone-buprenorphine-pregnant']],
  ['can i bring my baby', ['/guide/pregnancy-and-postpartum/']],
  ['will cps take my baby', ['/guide/pregnancy-and-postpartum/']],
  // Care for particular needs: LGBTQ+ people.
  ['lgbtq', ['/guide/lgbtq-people-and-iop/']],
  ['transgender', ['/guide/lgbtq-people-and-iop/']],
  ['gay friendly program', ['/guide/lgbtq-people-and-iop/', '/faq/#lgbtq-friendly-program']],
  ['pronouns', ['/guide/lgbtq-people-and-iop/']],
  ['988 press 3', ['/guide/lgbtq-people-and-iop/', '/faq/#988-lgbtq-option']],
  // Fitting IOP into your life: getting there and keeping up.
  ['no ride to iop', ['/guide/attending-iop/']],
  ['medicaid ride', ['/faq/#medicaid-ride-to-iop', '/guide/attending-iop/', '/glossary/#nemt']],
  ['childcare', ['/guide/attending-iop/', '/faq/#child-care-during-iop']],
  ['missed a session', ['/guide/attending-iop/', '/faq/#miss-a-session']],
  ['kicked out of iop', ['/guide/attending-iop/']],
];

/** Does a shown result (page link or section link) satisfy an expected target? */
export function matches(shown: string, expected: string): boolean {
  const u = new URL(shown, 'http://x');
  // "/faq/#id" names an FAQ answer, which now has its own page: /faq/id/.
  const e = new URL(expected.replace(/^\/faq\/#([a-z0-9-]+)$/, '/faq/$1/'), 'http://x');
  return u.pathname === e.pathname && (!e.hash || u.hash === e.hash);
}

const site = useBuiltSite();

describe('query set', () => {
  it('finds the expected page or section in the top 3 for at least 90% of lay queries', async () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(25);
    const context = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.url}/search/`);
    const misses: string[] = [];
    for (const [q, expected] of QUERIES) {
      await searchFor(page, q, PAGE_PANEL);
      const top3 = await page.evaluate(
        (sel) =>
          [...document.querySelectorAll(`${sel} [data-search-results] > li`)]
            .slice(0, 3)
            .map((li) => [...li.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '')),
        PAGE_PANEL,
      );
      const hit = top3.some((links) => links.some((href) => expected.some((e) => matches(href, e))));
      if (!hit)
        misses.push(
          `  "${q}": wanted ${expected.join(' or ')}; got ${top3.map((l) => new URL(l[0] ?? '/', 'http://x').pathname).join(', ') || 'nothing'}`,
        );
    }
    await context.close();
    const passed = QUERIES.length - misses.length;
    const score = passed / QUERIES.length;
    console.log(
      `search query set: ${passed}/${QUERIES.length} (${Math.round(score * 100)}%) in the top 3${misses.length ? `\nmisses:\n${misses.join('\n')}` : ''}`,
    );
    expect(score).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});
