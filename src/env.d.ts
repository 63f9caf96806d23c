// Values the build defines for code in src/ (see src/model/build/content-check.ts).
interface ImportMetaEnv {
  /** True under `astro dev`, where drafts are shown; false in every build. */
  readonly IOP_SHOW_DRAFTS: boolean;
}
