// The facts as vite.config.ts validates them and hands them to the slides.
declare module 'virtual:deck-facts' {
  export const facts: import('../data').Facts
}

// The talk's plan as vite.config.ts computes it from the parsed deck (composables/budget.ts).
declare module 'virtual:deck-budget' {
  export const deckTitle: string
  export const budgets: import('../composables/budget').SlideBudget[]
  export const slides: { no: number, title: string, backup: boolean, section?: string }[]
  export const plannedSeconds: number
}
