// Lint and format as Slidev and Anthony Fu's talk decks do: one config, no Prettier.
import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  markdown: false,
  ignores: ['data/geo/*.json', 'exports/**', 'dist/**', '.bench/**', 'test-results/**'],
}, {
  rules: {
    'style/max-len': ['error', { code: 140, ignoreUrls: true, ignoreStrings: false, ignoreTemplateLiterals: false }],
    'vue/max-attributes-per-line': ['error', { singleline: 3, multiline: 1 }],
    'no-console': 'off',
    'node/prefer-global/process': 'off',
  },
})
