import type { ClaimInput } from './schema'

// The scorecard: the article's claims, each with the record and a verdict, grouped by verdict in the order the slide
// reveals them. `article` and `record` are short enough to read from the back of a room; `detail` and the sources go
// to the handout. Where the article is right it says so as plainly as where it is loose or overstates.
export const claims: ClaimInput[] = [
  {
    id: 'five-us-injured',
    article: 'Five US citizens hurt at Erbil',
    record: 'Coalition: 4 contractors, 1 service member',
    detail: 'Agrees with the coalition’s count: 4 US contractors and 1 US service member among 9 injured at the base. '
      + 'The Hill reported six Americans. The contractor killed was neither US nor Iraqi; the article says only foreign.',
    verdict: 'agrees',
    sources: ['atalayar', 'syriacpress', 'brecorder', 'hill-outraged'],
  },
  {
    id: 'balad-green-zone',
    article: '4 rockets at Balad; none hurt in Baghdad',
    record: '4 rockets, says Iraq; none hurt in Baghdad',
    detail: 'The Iraqi military counted 4 rockets at Balad (first reports said 3); the Green Zone rockets hurt no one.',
    verdict: 'agrees',
    sources: ['atalayar', 'aljazeera', 'hill-outraged'],
  },
  {
    id: 'iran-support',
    article: 'Iran’s support for militias “is evident”',
    record: 'The article’s reading; press: “Iran-backed”',
    detail: 'The article’s own judgement, in line with the press of the time, which called Kataib Hezbollah '
      + '“Iran-backed” and “Iran-allied”. Iran denied a link to the Erbil attack, not its backing of allied groups.',
    verdict: 'agrees',
    sources: ['atalayar', 'alarabiya-kh', 'kurdistan24'],
  },
  {
    id: 'ten-days',
    article: 'Three attacks in ten days',
    record: '15, 20 and 22 Feb: within about a week',
    detail: 'The attacks fell on 15, 20 and 22 Feb, 7 days apart; the press called it three attacks in a week. '
      + '“Within ten days” is true, but loose.',
    verdict: 'loose',
    sources: ['atalayar', 'politico'],
  },
  {
    id: 'considering',
    article: 'The US is “considering” blaming Iran',
    record: 'Price: it “will”, if proxies attack',
    detail: 'Price said the US will hold Iran responsible for the actions of its proxies, a standing line. The article’s '
      + '“considering” is softer, but its condition matches, and no one had been blamed yet: loose, not understated.',
    verdict: 'loose',
    sources: ['atalayar', 'hill-outraged', 'fpwatchdog'],
  },
  {
    id: 'finger-at-tehran',
    article: 'Washington “points the finger at Tehran”',
    record: 'Rockets “Iranian-made”; no direct blame',
    detail: 'On 22 Feb Washington called the rockets Iranian-made and Iranian-supplied and said it would hold Iran '
      + 'responsible for its proxies, but declined to say who carried out the attacks (The Hill).',
    verdict: 'loose',
    sources: ['atalayar', 'hill-outraged'],
  },
  {
    id: 'balad-one-injured',
    article: 'One more injured at Balad',
    record: 'One contractor, or no one (Iraq)',
    detail: 'Reports described one injured Sallyport contractor, Iraqi (Reuters) or South African (one AP source); '
      + 'Iraq’s Security Media Cell denied anyone was hurt.',
    verdict: 'disputed',
    sources: ['atalayar', 'bdnews24', 'aljazeera'],
  },
  {
    id: 'no-response',
    article: 'No response “for the time being”',
    record: 'True then; US struck Syria on 25–26 Feb',
    detail: 'Accurate when written. The US struck in Syria on the night of 25–26 Feb, after the article: a later event, '
      + 'not an error.',
    verdict: 'later-event',
    sources: ['atalayar', 'hill-outraged', 'defense-gov'],
  },
  {
    id: 'successive-condemned',
    article: 'Five nations condemned the attacks',
    record: 'Their 16 Feb statement: Erbil only',
    detail: 'The article has them condemn the successive attacks; their joint statement of 16 Feb covered the Erbil '
      + 'attack only, and named no group and not Iran.',
    verdict: 'overstated',
    sources: ['atalayar', 'agenparl', 'diplomatie'],
  },
  {
    id: 'suicide-everyday',
    article: 'Suicide bombings part of daily life',
    record: 'Relatively rare in Baghdad, said AFP',
    detail: 'Rocket attacks on the US presence had slowed since an informal truce in October 2020. AFP called suicide '
      + 'bombings in Baghdad relatively rare; Tayaran Square (21 Jan 2021, 32 dead) was the deadliest in three years.',
    verdict: 'overstated',
    sources: ['atalayar', 'brecorder-tayaran', 'straitstimes', 'aljazeera-tayaran', 'alarabiya'],
  },
]
