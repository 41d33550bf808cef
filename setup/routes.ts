import { defineRoutesSetup } from '@slidev/types'

// The rehearsal report at /rehearsal (#/rehearsal in the one-file deck): read from this browser's own storage.
export default defineRoutesSetup(routes => [
  ...routes,
  { name: 'rehearsal', path: '/rehearsal', component: () => import('../components/RehearsalReport.vue') },
])
