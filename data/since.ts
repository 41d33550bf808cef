import type { SinceInput } from './schema'

// Since February 2021: the few changes an audience after it needs, each dated and sourced, in the past tense. The talk
// is about 2021; these lines keep it from speaking of 2021 as if it were today. Check the latest before presenting.
export const since: SinceInput[] = [
  {
    id: 'mission-ended',
    date: '2025-11-26',
    text: 'Coalition mission ended in federal Iraq; troops stayed in the Kurdistan Region',
    detail: 'As a US–Iraq joint statement of 27 Sep 2024 had set, the coalition’s military mission ended: on 26 Nov 2025 '
      + 'the deputy commander of Iraq’s Joint Operations Command said it had completed its mission in federal areas, and '
      + 'nearly 1,500 US and coalition personnel from seven countries were in the Kurdistan Region.',
    sources: ['rudaw-2025', 'npasyria'],
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
