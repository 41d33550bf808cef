// Lint and format as Slidev and Anthony Fu's talk decks do: one config, no Prettier.
import antfu from '@antfu/eslint-config'

/** Size limits: a file a reader can hold in mind, a function that reads as one step of its algorithm. */
const SIZE_LIMITS = {
  'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
  'max-lines-per-function': ['error', { max: 120 }],
}

/**
 * Elements whose words may sit on the tag's own line: the rule's own list (pre, textarea, inline HTML) and SVG's text,
 * where a line break inside <text> or <tspan> is drawn as a space. Named here because a chart's SVG now opens in a
 * component (<FigureSvg>), where the rule no longer knows it is inside an <svg>.
 */
const INLINE_TEXT = [
  ...'pre textarea a abbr b bdi bdo cite code data del dfn em i ins kbd label mark q s samp small span strong'.split(' '),
  ...'sub sup time u var text tspan title desc'.split(' '),
]

/** One line a reader takes in without scrolling, side by side with another file. */
const MAX_LEN = { code: 140, ignoreUrls: false, ignoreStrings: false, ignoreTemplateLiterals: false }

export default antfu({
  vue: true,
  typescript: true,
  markdown: false,
  ignores: ['data/geo/*.json', 'tests/mutation/*.json', 'exports/**', 'dist/**', '.bench/**', 'test-results/**'],
}, {
  rules: {
    'style/max-len': ['error', MAX_LEN],
    'vue/max-attributes-per-line': ['error', { singleline: 3, multiline: 1 }],
    'vue/multiline-html-element-content-newline': ['warn', { ignores: INLINE_TEXT }],
    'vue/singleline-html-element-content-newline': ['warn', { ignores: INLINE_TEXT }],
    'no-console': 'off',
    'node/prefer-global/process': 'off',
  },
}, {
  files: ['charts/**', 'components/**', 'composables/**', 'data/**', 'scripts/**'],
  // Generated data is as long as the world it describes. data/sources.ts, a table of records one field a line, is over
  // the file limit: left out until it is split (by kind, say), not to be joined by any other.
  ignores: ['data/geo/**', 'charts/*.json', 'data/sources.ts'],
  rules: SIZE_LIMITS,
}, {
  // A source's address is one token to copy into a browser and to search for; broken over two lines it is neither.
  files: ['data/sources.ts'],
  rules: { 'style/max-len': ['error', { ...MAX_LEN, ignoreUrls: true }] },
})
