// The facts as vite.config.ts validates them and hands them to the slides.
declare module 'virtual:deck-facts' {
  export const facts: import('../data').Facts
}
