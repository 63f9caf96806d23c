// /es/changes.xml: the Spanish "what changed" feed (the English route's handler reads the language from the address).
export { GET } from '../changes.xml';
