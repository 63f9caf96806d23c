// Components authors may use in MDX without importing them (passed to <Content components={...} />).
import N from './N.astro';
import Fact from './Fact.astro';
import Questions from './Questions.astro';
import Note from './Note.astro';
import GetHelp from './GetHelp.astro';
import LevelsTable from '../../features/compare/LevelsTable.astro';
import Compare from '../../features/compare/Compare.astro';
import ContactEmail from './ContactEmail.astro';
import Steps from './Steps.astro';

/** The MDX component map. */
export const mdxComponents = { N, Fact, Questions, Note, GetHelp, LevelsTable, Compare, ContactEmail, Steps };
