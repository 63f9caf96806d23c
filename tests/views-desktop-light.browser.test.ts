// Axe on one page per template in each language, desktop light: see tests/helpers/view-pass.ts.
import { viewPass } from './helpers/view-pass';

viewPass('desktop light');
