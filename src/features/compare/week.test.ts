import { describe, expect, it } from 'vitest';
import { describeDay, formatTime, hourLabel, weekChart, weekHours, weekSummary, WEEK_END, WEEK_START } from './week';

describe('the example week in words', () => {
  it('formats times of day', () => {
    expect([0, 9, 9.5, 12, 13, 18, 24].map((h) => formatTime(h))).toEqual([
      'midnight',
      '9 am',
      '9:30 am',
      'noon',
      '1 pm',
      '6 pm',
      'midnight',
    ]);
  });
  it('counts week hours and describes days', () => {
    const evening = { start: 18, end: 21, label: 'Groups' };
    expect(weekHours([[evening], [], [evening], [evening], [], [], []])).toBe(9);
    expect(weekHours([[{ start: 0, end: 24, label: 'Lives there' }]])).toBeNull();
    expect(describeDay([evening])).toBe('6 pm to 9 pm: Groups (3 hours)');
    expect(describeDay([{ start: 17, end: 18, label: 'Therapy' }])).toBe('5 pm to 6 pm: Therapy (1 hour)');
    expect(describeDay([])).toBe('No sessions');
    expect(describeDay([{ start: 0, end: 24, label: 'In the hospital' }])).toBe('All day and night: In the hospital');
  });
  it('totals the week in the caption, with "1 hour" for a one-hour week', () => {
    const hour = { start: 17, end: 18, label: 'Therapy' };
    expect(weekSummary([[hour], [], [], [], [], [], []])).toBe('1 hour in this example week');
    expect(weekSummary([[hour], [hour], [], [], [], [], []])).toBe('2 hours in this example week');
    expect(weekSummary([[{ start: 0, end: 24, label: 'Lives there' }]])).toBe('there day and night');
  });
});

describe('the example week as a chart', () => {
  const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const evening = { start: 18, end: 21, label: 'Groups' };
  const chart = weekChart([[evening], [], [evening], [], [], [{ start: 9, end: 12, label: 'Group' }], []], days);
  const track = chart.days[0].track;
  const y = (h: number) => track.y + ((h - WEEK_START) / (WEEK_END - WEEK_START)) * track.height;

  it('draws seven columns side by side, inside the chart, in day order', () => {
    expect(chart.days.map((d) => d.label)).toEqual(days);
    for (let i = 1; i < 7; i++)
      expect(chart.days[i].track.x).toBeGreaterThan(chart.days[i - 1].track.x + chart.days[i - 1].track.width);
    const last = chart.days[6].track;
    expect(last.x + last.width).toBeLessThanOrEqual(chart.width + 0.01);
    // Room under the last hour, so the bottom label and edges are not clipped by the viewBox.
    expect(track.y + track.height).toBeLessThan(chart.height - 4);
  });
  it('puts each block at its hours, inside its day column', () => {
    const [block] = chart.days[0].blocks;
    expect(block.y).toBeCloseTo(y(18), 1);
    expect(block.y + block.height).toBeCloseTo(y(21), 1);
    expect(block.x).toBeGreaterThan(track.x);
    expect(block.x + block.width).toBeLessThan(track.x + track.width);
    expect(chart.days[1].blocks).toEqual([]);
    expect(chart.days[5].blocks[0].y).toBeCloseTo(y(9), 1);
  });
  it('marks a 9-to-5 day on weekdays only, and labels the scale', () => {
    expect(chart.days.map((d) => Boolean(d.work))).toEqual([true, true, true, true, true, false, false]);
    expect(chart.days[0].work!.y).toBeCloseTo(y(9), 1);
    expect(chart.marks.map((m) => m.label)).toEqual(['6 am', 'noon', '6 pm', 'midnight']);
    expect(chart.marks[0].y).toBeCloseTo(track.y, 1);
    expect(chart.marks[3].y).toBeCloseTo(track.y + track.height, 1);
    expect([0, 6, 12, 13, 24].map((h) => hourLabel(h))).toEqual(['midnight', '6 am', 'noon', '1 pm', 'midnight']);
    expect([6, 12, 18, 24].map((h) => hourLabel(h, 'es'))).toEqual(['6 a. m.', 'mediodía', '6 p. m.', 'medianoche']);
  });
  it("gives each language's scale room for its marks, and keeps the columns inside the chart", () => {
    const es = weekChart([[evening], [], [], [], [], [], []], days, 5, 'es');
    expect(es.marks.map((m) => m.label)).toEqual(['6 a. m.', 'mediodía', '6 p. m.', 'medianoche']);
    // Room for the longest mark at 10 units (about 6 units a letter): "midnight", "medianoche".
    expect(chart.markX).toBeGreaterThanOrEqual('midnight'.length * 6);
    expect(es.markX).toBeGreaterThanOrEqual('medianoche'.length * 6);
    expect(es.days[0].track.x).toBeGreaterThan(es.markX);
    const last = es.days[6].track;
    expect(last.x + last.width).toBeLessThanOrEqual(es.width + 0.01);
  });
  it('clamps a 24-hour block to the drawn window', () => {
    const allDay = weekChart([[{ start: 0, end: 24, label: 'In the hospital' }], [], [], [], [], [], []], days).days[0];
    expect(allDay.blocks[0].y).toBeCloseTo(allDay.track.y, 1);
    expect(allDay.blocks[0].y + allDay.blocks[0].height).toBeCloseTo(allDay.track.y + allDay.track.height, 1);
  });
});

describe('the example week in Spanish', () => {
  it('says times, days and totals as US Spanish does', () => {
    expect([0, 9, 9.5, 12, 18].map((h) => formatTime(h, 'es'))).toEqual([
      'medianoche',
      '9 a. m.',
      '9:30 a. m.',
      'mediodía',
      '6 p. m.',
    ]);
    expect(describeDay([{ start: 18, end: 21, label: 'Grupos' }], 'es')).toBe('De 6 p. m. a 9 p. m.: Grupos (3 horas)');
    expect(describeDay([], 'es')).toBe('Sin sesiones');
    expect(weekSummary([[{ start: 9, end: 10, label: 'x' }], [], [], [], [], [], []], 'es')).toBe(
      '1 hora en esta semana de ejemplo',
    );
  });
});
