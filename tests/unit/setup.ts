import { beforeEach } from 'vitest'
import { forgetLayouts } from '../../composables/layouts'

// Every test, and every test file as it is read, lays out its figures afresh, whatever ran before it in this module
// graph (see forgetLayouts). A setup file is read again before each test file: without the first call, a layout drawn
// at the top of a file would be the one the last test of the file before it left, under mutation testing drawn by
// that file's mutant.
forgetLayouts()
beforeEach(() => {
  forgetLayouts()
})
