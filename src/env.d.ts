interface ImportMetaEnv {
  /** True in `astro build`, where a content error stops the build; false in `astro dev` (src/integrations/content-guards.ts). */
  readonly STOP_ON_CONTENT_ERROR: boolean;
}
