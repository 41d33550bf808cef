// The unit tests' config for mutation testing (stryker.config.mjs): the same tests, in threads kept between runs.
import { mergeConfig } from 'vitest/config'
import base from '../../vitest.config.ts'
import { keptThreadsPlugin } from './keptThreads.ts'

export default mergeConfig(base, { plugins: [keptThreadsPlugin()] })
