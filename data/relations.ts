import type { RelationInput } from './schema'

// In the order the network reveals them, one a click. `kind` sets the line: solid for force
// (attacks), dashed for words and backing (backs, condemns, supports, opposes).
export const relations: RelationInput[] = [
  {
    id: 'iran-backs-militias',
    when: 'Feb 2021, as described then',
    from: 'iran',
    to: 'militias',
    kind: 'backs',
    label: 'backs',
    claim: 'US officials and the press said',
    note: 'US officials and the press called these groups Iran-backed; Price called the rockets of the recent attacks '
      + 'Iranian-made and Iranian-supplied. Iran denied a link to the Erbil attack (16 Feb), not its backing of allied groups.',
    sources: ['atalayar', 'hill-third', 'kurdistan24', 'tehrantimes'],
  },
  {
    id: 'militias-attack-us',
    when: '15–22 Feb 2021',
    from: 'militias',
    to: 'us',
    kind: 'attacks',
    label: 'rockets on US sites',
    claim: 'a little-known group claimed Erbil',
    note: 'Three rocket attacks on sites hosting US troops, contractors and diplomats, 15–22 Feb 2021. '
      + 'A little-known group claimed Erbil; Balad and the Green Zone had no immediate claim. Before the article, '
      + 'Washington was still determining who did it; Kataib Hezbollah denied it on 23 Feb. Only with its strikes of '
      + '25 Feb did the Pentagon name Kataib Hezbollah and Kataib Sayyid al-Shuhada, among the groups using the site.',
    sources: ['atalayar', 'winep', 'politico', 'hill-outraged', 'alarabiya-kh', 'defense-gov'],
  },
  {
    id: 'europe-condemns-erbil',
    when: '16 Feb 2021',
    from: 'europe',
    event: 'erbil',
    kind: 'condemns',
    label: 'condemn, with the US',
    // One statement, one line: the US signed it with the four and the State Department released it.
    note: 'Joint statement of 16 Feb 2021 by the foreign ministers of France, Germany, Italy, the UK and the US, on the '
      + 'Erbil attack only; it named no group.',
    sources: ['atalayar', 'agenparl', 'diplomatie'],
  },
  {
    id: 'iraq-investigates-erbil',
    when: '16 Feb 2021',
    from: 'iraq-gov',
    event: 'erbil',
    kind: 'investigates',
    label: 'joint inquiry',
    note: 'Al-Kadhimi ordered a joint investigation by the federal and Kurdistan Region governments to arrest the '
      + 'perpetrators (16 Feb).',
    sources: ['shafaq-kadhimi', 'esta-krg'],
  },
  {
    id: 'us-supports-iraq',
    when: '16 Feb 2021',
    from: 'us',
    to: 'iraq-gov',
    kind: 'supports',
    label: 'supports',
    note: 'Then Secretary of State Blinken backed then Prime Minister al-Kadhimi and the stabilisation of Iraq (16 Feb).',
    sources: ['atalayar', 'esta'],
  },
  {
    id: 'us-supports-krg',
    when: '15 Feb 2021',
    from: 'us',
    to: 'krg',
    kind: 'supports',
    label: 'supports',
    note: 'Then Secretary of State Blinken called the Kurdistan Region\'s then Prime Minister Masrour Barzani on 15 Feb.',
    sources: ['memo'],
  },
  {
    id: 'us-opposes-iran',
    when: '22 Feb 2021',
    from: 'us',
    to: 'iran',
    kind: 'opposes',
    label: 'will hold responsible',
    note: 'Ned Price, then State Department spokesman, 22 Feb: the US will hold Iran responsible for attacks on Americans '
      + 'by its proxies, a standing line; the same day Washington declined to say who carried out the attacks.',
    sources: ['atalayar', 'hill-outraged'],
  },
  {
    id: 'iraq-attacks-daesh',
    when: '20 Feb 2021',
    from: 'iraq-gov',
    to: 'daesh',
    kind: 'attacks',
    place: 'tarmiyah',
    label: 'raids',
    note: 'Iraqi forces hunted Daesh cells, as at Tarmiyah on 20 Feb 2021.',
    sources: ['atalayar', 'aawsat'],
  },
  {
    id: 'us-strikes-militias',
    when: 'night of 25–26 Feb 2021',
    from: 'us',
    to: 'militias',
    kind: 'attacks',
    place: 'abu-kamal',
    label: 'air strikes in Syria',
    afterArticle: true,
    note: 'After the article: US strikes near Abu Kamal, in Syria, on the night of 25–26 Feb 2021, on a border post the '
      + 'Pentagon said a number of Iranian-backed groups used, Kataib Hezbollah and Kataib Sayyid al-Shuhada among them.',
    sources: ['dod-strike', 'defense-gov'],
  },
]
