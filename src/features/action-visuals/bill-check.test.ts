// The bill checker's sums: amounts as people type them, the threshold reached exactly or not, a bill under the
// estimate, bad or missing boxes named, the last day counted across February 29 in a leap year, and the answer in
// plain words in both languages, with the rule as the facts registry gives it.
import { describe, expect, it } from 'vitest';
import { answerText, checkBill, lastDay, money, parseAmount, parseDay } from './bill-check';
import { BILL_ANSWER_WORDS } from './bill-check-words';
import { estimateVsBill } from './estimate-bill';
import { readFacts } from '../../model/read';

const rule = { threshold: 400, days: 120 };
const texts = { threshold: '$400', days: '120 days' };
const today = '2027-06-01';
const ok = (estimate: string, bill: string, date = '') => {
  const r = checkBill({ estimate, bill, date }, rule, today);
  if (!r.ok) throw new Error(`expected an answer, got ${JSON.stringify(r.problems)}`);
  return r;
};

describe('parseAmount', () => {
  it('reads amounts as people type them, in cents', () => {
    expect(parseAmount('3500')).toBe(350_000);
    expect(parseAmount('$3,500')).toBe(350_000);
    expect(parseAmount(' $ 3,500.50 ')).toBe(350_050);
    expect(parseAmount('3.500')).toBe(350_000);
    expect(parseAmount('3500,5')).toBe(350_050);
    expect(parseAmount('1,234,567.89')).toBe(123_456_789);
    expect(parseAmount('0')).toBe(0);
  });
  it('refuses what is not an amount of 0 or more', () => {
    for (const bad of ['', 'abc', '-400', '3,50,0', '12.345.6789', '$', '4OO', '1e5', '99999999999999999999'])
      expect(parseAmount(bad), bad).toBeNull();
  });
});

describe('parseDay and lastDay', () => {
  it('refuses days that do not exist', () => {
    expect(parseDay('2027-02-29')).toBeNull();
    expect(parseDay('2027-13-01')).toBeNull();
    expect(parseDay('05/01/2027')).toBeNull();
    expect(parseDay('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });
  it('counts calendar days, with February 29 in leap years', () => {
    expect(lastDay('2027-05-01', 120)).toBe('2027-08-29');
    expect(lastDay('2027-01-01', 120)).toBe('2027-05-01');
    expect(lastDay('2028-01-01', 120)).toBe('2028-04-30');
    expect(lastDay('2027-11-15', 120)).toBe('2028-03-14');
    expect(lastDay('2028-11-15', 120)).toBe('2029-03-15');
    expect(() => lastDay('2027-02-30', 120)).toThrow('"2027-02-30" is not a day');
  });
});

describe('checkBill', () => {
  it('says a bill exactly the threshold over the estimate can be disputed, and gives the last day', () => {
    const r = ok('3,000', '3,400', '2027-05-01');
    expect(r).toEqual({ ok: true, difference: 40_000, eligible: true, lastDay: '2027-08-29', passed: false });
  });
  it('says a cent under the threshold cannot be disputed, and needs no date for that', () => {
    const r = ok('3000', '3399.99');
    expect(r.eligible).toBe(false);
    expect(r.difference).toBe(39_999);
    expect(r.lastDay).toBeNull();
  });
  it('handles a bill under or equal to the estimate', () => {
    expect(ok('3000', '2500', '2027-05-01')).toMatchObject({ difference: -50_000, eligible: false, lastDay: null });
    expect(ok('3000', '3000')).toMatchObject({ difference: 0, eligible: false });
  });
  it('knows when the last day has passed', () => {
    expect(ok('3000', '3500', '2027-01-01').passed).toBe(true);
    expect(ok('3000', '3500', '2027-02-01').passed).toBe(false);
  });
  it('names each box that is empty or bad', () => {
    expect(checkBill({ estimate: '', bill: 'lots', date: '2027-02-30' }, rule, today)).toEqual({
      ok: false,
      problems: [
        { field: 'estimate', problem: 'empty' },
        { field: 'bill', problem: 'bad' },
        { field: 'date', problem: 'bad' },
      ],
    });
  });
});

describe('answerText', () => {
  const en = (r: ReturnType<typeof ok>) => answerText(r, BILL_ANSWER_WORDS.en, texts, 'en');
  it('says the difference, that the reader can dispute, and the last day, in plain words', () => {
    expect(en(ok('3000', '3500', '2027-05-01'))).toBe(
      'Your bill is $500 more than the estimate. That is $400 or more: you can start a dispute. ' +
        'Last day: August 29, 2027 (120 days after the bill date).',
    );
    expect(en(ok('3000', '3500'))).toContain('Add the date on your bill');
    expect(en(ok('3000', '3500', '2027-01-01'))).toContain('That day has passed.');
    expect(en(ok('3000', '3250.5'))).toBe(
      'Your bill is $250.50 more than the estimate. That is less than $400, so the federal dispute does not apply. ' +
        'You can still call the billing office and ask them to lower the bill.',
    );
    expect(en(ok('3000', '2900'))).toBe('Your bill is $100 less than the estimate. There is nothing to dispute.');
    expect(en(ok('3000', '3000'))).toBe('Your bill is the same as the estimate. There is nothing to dispute.');
  });
  it('speaks Spanish', () => {
    const es = { threshold: '$400', days: '120 días' };
    expect(answerText(ok('3000', '3500', '2028-01-01'), BILL_ANSWER_WORDS.es, es, 'es')).toBe(
      'Su factura tiene $500 más que el estimado. Eso es $400 o más: puede empezar una disputa. ' +
        'Último día: 30 de abril de 2028 (120 días después de la fecha de la factura).',
    );
  });
  it('reads the same rule as the worked example above it (content/facts)', () => {
    const { rule: r } = estimateVsBill(readFacts(), 'en', new Date('2026-12-05T00:00:00Z'));
    expect(money(r.threshold * 100)).toBe(r.thresholdText);
    expect(r.daysText).toBe(`${r.days} days`);
  });
});
