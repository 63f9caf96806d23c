// Browser enhancement: <iop-print> shows the Print button it wraps (hidden without JavaScript, when the browser's own
// Print command is the way) and prints the page. Around a checklist's "Print this list" link, it lets the link make
// the list the page's target first, so print CSS leaves only that list on paper.
class IopPrint extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (button) {
      button.hidden = false;
      button.addEventListener('click', () => window.print());
    }
    // The link's own navigation sets the :target; print on the next task, once styles have caught up.
    this.querySelector('a')?.addEventListener('click', () => setTimeout(() => window.print()));
  }
}
customElements.define('iop-print', IopPrint);
