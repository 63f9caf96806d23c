// Values the build defines for code in src/ (see src/model/build/content-check.ts and astro.config.mjs).
interface ImportMetaEnv {
  /** True under `astro dev`, where drafts are shown; false in every build. */
  readonly IOP_SHOW_DRAFTS: boolean;
  /** The day the site is built for (YYYY-MM-DD), from BUILD_DATE or the day of the build (astro.config.mjs). */
  readonly IOP_BUILD_DAY: string;
}
