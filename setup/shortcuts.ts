import type { NavOperations, ShortcutOptions } from '@slidev/types'
import { defineShortcutsSetup } from '@slidev/types'
import { useCockpit } from '../composables/useCockpit'

// Slidev's own keys, and B for the blackout (as in PowerPoint): the audience's screen goes black, the same key brings
// the slide back. It works in the presenter's view and the audience's alike; every window that follows obeys.
export default defineShortcutsSetup((_nav: NavOperations, base: ShortcutOptions[]) => [
  ...base,
  { name: 'blackout', key: 'b', fn: () => useCockpit().toggleBlackout() },
])
