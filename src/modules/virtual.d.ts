/** The embed build's made-up module (rollup.config.mjs): the languages of the bundled story kept outside the script. */
declare module 'virtual:story-languages' {
  export const STORY_LANGUAGES: string[];
}
