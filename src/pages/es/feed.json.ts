// /es/feed.json: the Spanish JSON Feed (the English route's handler reads the language from the address).
export { GET } from '../feed.json';
