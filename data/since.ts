import type { SinceInput } from './schema'

// Since February 2021: the few changes an audience after it needs, each dated and sourced, in the past tense. The talk
// is about 2021; these lines keep it from speaking of 2021 as if it were today. Check the latest before presenting.
export const since: SinceInput[] = [
  {
    id: 'mission-end-agreed',
    date: '2024-09-27',
    text: 'Washington and Baghdad agreed to end the coalition’s mission',
    detail: 'A US–Iraq joint statement of 27 Sep 2024 set the end of the coalition’s military mission in Iraq for no later '
      + 'than the end of September 2025, with operations for Syria from Iraq until September 2026.',
    sources: ['npasyria'],
  },
  {
    id: 'mission-ended',
    date: '2025-11-26',
    text: 'Coalition mission over in federal Iraq; troops left in Kurdistan',
    detail: 'On 26 Nov 2025 Iraq’s Joint Operations Command said the coalition had completed its mission in federal Iraq; '
      + 'about 1,500 coalition personnel (US, UK, French, German, Italian and others) were in the Kurdistan Region.',
    sources: ['rudaw-2025'],
  },
  {
    id: 'iran-strikes',
    date: '2025-06-22',
    text: 'The US struck Iran’s nuclear sites directly',
    detail: 'On 21–22 Jun 2025 US aircraft struck Iran’s nuclear sites at Fordow, Natanz and Isfahan; Iran fired missiles '
      + 'at the US base at Al Udeid in Qatar on 23 Jun. The two no longer met only through others.',
    sources: ['asil'],
  },
]
