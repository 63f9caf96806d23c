// What the projects' global setups hand to test files through Vitest's provide/inject, typed once.
import type { DistIndex } from '../helpers/dist.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/'s pages, redirect stubs and origin (dist and browser projects). */
    distIndex: DistIndex;
    /** The shared Chromium's WebSocket endpoint, from chromium.launchServer (browser project). */
    browserWSEndpoint: string;
    /** The shared nginx's address, serving dist/ with deploy/site.conf: "http://127.0.0.1:<port>" (browser project). */
    siteUrl: string;
  }
}

export {};
