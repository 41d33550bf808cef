import type { RelationInput } from './schema'

// In the order the actor map reveals them: Iran's backing before the attacks it makes possible.
export const relations: RelationInput[] = [
  { id: 'iran-backs-militias', from: 'iran', to: 'militias', kind: 'backs', label: 'backs', note: 'Tehran arms and supports the militias; Washington called the Erbil rockets Iranian-made and Iranian-supplied.', sources: ['atalayar', 'hill-third'] },
  { id: 'militias-attack-us', from: 'militias', to: 'us', kind: 'attacks', label: 'rockets', note: 'Three rocket attacks on sites hosting US troops, contractors and diplomats, 15–22 Feb 2021.', sources: ['atalayar', 'winep', 'politico'] },
  { id: 'us-opposes-iran', from: 'us', to: 'iran', kind: 'opposes', label: 'holds responsible', note: 'Ned Price: Iran will answer for what its proxies do to Americans; no hasty reply.', sources: ['atalayar', 'hill-outraged'] },
  { id: 'europe-condemns-militias', from: 'europe', to: 'militias', kind: 'condemns', label: 'condemn', note: 'Joint statement of 16 Feb 2021 with the US against the Erbil attack.', sources: ['atalayar', 'agenparl'] },
  { id: 'us-supports-iraq', from: 'us', to: 'iraq-gov', kind: 'supports', label: 'supports', note: 'Blinken backed Prime Minister al-Kadhimi and the stabilisation of Iraq (16 Feb).', sources: ['atalayar', 'esta'] },
  { id: 'us-supports-krg', from: 'us', to: 'krg', kind: 'supports', label: 'supports', note: 'Blinken called the Kurdistan Region\'s Prime Minister Masrour Barzani on 15 Feb.', sources: ['memo'] },
  { id: 'iraq-attacks-daesh', from: 'iraq-gov', to: 'daesh', kind: 'attacks', place: 'tarmiyah', label: 'raids', note: 'Iraqi forces keep hunting Daesh cells, as at Tarmiyah on 20 Feb.', sources: ['atalayar', 'aawsat'] },
  { id: 'us-strikes-militias', from: 'us', to: 'militias', kind: 'attacks', place: 'abu-kamal', label: 'air strikes', afterArticle: true, note: 'After the article: US strikes on a militia-used border post in Syria, 25 Feb 2021.', sources: ['defense-gov'] },
]
