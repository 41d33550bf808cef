import { defineAppSetup } from '@slidev/types'
import { FACTS } from '../composables/facts'
import { facts } from '../data'
import { geo, insetGeo } from '../data/geo'

// Every slide reaches the validated facts: <Fact> by injection, the big components as $facts / $geo props.
export default defineAppSetup(({ app }) => {
  app.provide(FACTS, facts)
  app.config.globalProperties.$facts = facts
  app.config.globalProperties.$geo = geo
  app.config.globalProperties.$inset = insetGeo
})
