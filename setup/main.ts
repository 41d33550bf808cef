import { defineAppSetup } from '@slidev/types'
import { facts } from 'virtual:deck-facts'
import { FACTS } from '../composables/facts'
import { geo, insetGeo } from '../data/geo'

// Every slide reaches the facts, validated when the deck starts or builds (vite.config.ts): <Fact> by injection,
// the big components as $facts / $geo props.
export default defineAppSetup(({ app }) => {
  app.provide(FACTS, facts)
  app.config.globalProperties.$facts = facts
  app.config.globalProperties.$geo = geo
  app.config.globalProperties.$inset = insetGeo
})
