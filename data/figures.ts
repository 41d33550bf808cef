import type { FigureInput } from './schema'

// Figures that belong to no single event: what the article states in words, and background numbers.
export const figures: FigureInput[] = [
  {
    id: 'attack-span',
    from: 'article',
    value: 10,
    unit: 'days',
    says: 'The article puts the three attacks within ten days.',
    sources: ['atalayar'],
  },
  {
    id: 'erbil-us-injured',
    from: 'article',
    value: 5,
    unit: 'US citizens injured',
    says: 'The article counts five Americans hurt at Erbil.',
    sources: ['atalayar'],
  },
  {
    id: 'erbil-killed',
    from: 'article',
    value: 1,
    unit: 'foreign contractor killed',
    says: 'The article reports one foreign contractor killed at Erbil.',
    sources: ['atalayar'],
  },
  {
    id: 'balad-injured',
    from: 'article',
    value: 1,
    unit: 'more injured',
    says: 'The article adds one more injured at Balad to the tally of Americans.',
    sources: ['atalayar'],
  },
  {
    id: 'us-troops',
    from: 'record',
    value: 2500,
    unit: 'US troops in Iraq',
    says: 'The drawdown to 2,500 was completed on 15 Jan 2021.',
    sources: ['voa'],
  },
  {
    id: 'coalition-troops',
    from: 'record',
    value: 3500,
    unit: 'coalition troops at most',
    says: 'The coalition as a whole had fewer than 3,500 troops in Iraq.',
    sources: ['taipeitimes'],
  },
  {
    id: 'syria-deaths-low',
    from: 'record',
    value: 1,
    unit: 'dead (a militia official)',
    says: 'Lowest death toll given for the Syria strikes; unconfirmed.',
    sources: ['newsbharati'],
  },
  {
    id: 'syria-deaths-high',
    from: 'record',
    value: 17,
    unit: 'dead (local and medical sources)',
    says: 'Highest death toll given for the Syria strikes; unconfirmed.',
    sources: ['newsbharati'],
  },
]
