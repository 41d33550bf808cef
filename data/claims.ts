import type { ClaimInput } from './schema'

// Figures the article gives in words, kept so a slide can set them beside the record.
export const claims: ClaimInput[] = [
  { id: 'attack-span', value: 10, unit: 'days', says: 'The article puts the three attacks within ten days.', sources: ['atalayar'] },
  { id: 'erbil-us-injured', value: 5, unit: 'US citizens injured', says: 'The article counts five Americans hurt at Erbil.', sources: ['atalayar'] },
  { id: 'soleimani-ago', value: 1, unit: 'year', says: 'The article dates Soleimani\'s death to a little over a year earlier.', sources: ['atalayar'] },
]
