import { beforeEach } from 'vitest'
import { forgetLayouts } from '../../composables/layouts'

// Every test lays out its figures afresh, whatever ran before it in this module graph (see forgetLayouts).
beforeEach(() => {
  forgetLayouts()
})
