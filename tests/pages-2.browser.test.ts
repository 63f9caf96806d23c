// Every built page once, half of them here and half in tests/pages-1.browser.test.ts, so both workers share the
// pass: axe, CSP, script errors, outside requests and sideways scrolling at 320 px, then the page without JavaScript.
import { pagePass } from './helpers/page-pass';

pagePass(1, 2);
