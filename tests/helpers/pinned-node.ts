// The Node that runs what the tests start (a build, the content check): the one the `node` devDependency installs
// (Node 24; Astro 7 needs 22.12 or later), so a run started outside npm (`npx vitest` under the machine's Node 20)
// still builds. Without it, the Node running the tests.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pinned = fileURLToPath(new URL('../../node_modules/.bin/node', import.meta.url));

export const PINNED_NODE = existsSync(pinned) ? pinned : process.execPath;
