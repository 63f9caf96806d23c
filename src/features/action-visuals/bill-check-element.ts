// <iop-bill-check>: the bill checker under the worked example in <EstimateVsBill />. The page draws its form (shown
// only where JavaScript runs: the printable table above it is the way without); this checks what the reader typed
// when they choose the button (and again on each change once checked), and says the answer in the polite live
// region: how much more the bill is, whether that reaches the federal threshold, and the last day to start a
// dispute. A box with a problem is marked and says what to fix. Sums in ./bill-check.ts, words in
// ./bill-check-words.ts; the threshold and the days come from the page (content/facts). Nothing is sent anywhere.
import { answerText, checkBill, type BillField } from './bill-check';
import { BILL_ANSWER_WORDS } from './bill-check-words';

const FIELDS: BillField[] = ['estimate', 'bill', 'date'];

class IopBillCheck extends HTMLElement {
  connectedCallback(): void {
    const lang = this.dataset.lang === 'es' ? 'es' : 'en';
    const w = BILL_ANSWER_WORDS[lang];
    const d = this.dataset;
    const rule = { threshold: Number(d.threshold), days: Number(d.days) };
    const texts = { threshold: d.thresholdText ?? '', days: d.daysText ?? '' };
    const form = this.querySelector('form')!;
    const answer = this.querySelector<HTMLElement>('[data-answer]')!;
    const box = (f: BillField) => form.querySelector<HTMLInputElement>(`[data-field="${f}"]`)!;
    const error = (f: BillField) => form.querySelector<HTMLElement>(`[data-error="${f}"]`)!;

    const check = () => {
      const now = new Date();
      const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
        .map((n) => String(n).padStart(2, '0'))
        .join('-');
      const r = checkBill(
        { estimate: box('estimate').value, bill: box('bill').value, date: box('date').value },
        rule,
        today,
      );
      const problems = r.ok ? [] : r.problems;
      for (const f of FIELDS) {
        const p = problems.find((x) => x.field === f);
        error(f).textContent = p ? w.problems[f][p.problem] : '';
        if (p) box(f).setAttribute('aria-invalid', 'true');
        else box(f).removeAttribute('aria-invalid');
      }
      answer.textContent = r.ok
        ? answerText(r, w, texts, lang)
        : problems.map((p) => w.problems[p.field][p.problem]).join(' ');
      // The page's own signal that an answer is shown (tests wait on it).
      this.dataset.state = r.ok ? 'answer' : 'problem';
    };

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      check();
    });
    form.addEventListener('change', () => {
      if (this.dataset.state) check();
    });
    this.dataset.ready = '';
  }
}

customElements.define('iop-bill-check', IopBillCheck);
