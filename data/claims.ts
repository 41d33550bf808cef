import type { ClaimInput } from './schema'

// The scorecard: the article's claims, each with the record and a verdict. Where the article is
// right it says so as plainly as where it is loose or overstates.
export const claims: ClaimInput[] = [
  {
    id: 'five-us-injured',
    article: 'Five US citizens hurt and a foreign contractor killed at Erbil',
    record: '4 US contractors and 1 US soldier hurt; the dead contractor neither US nor Iraqi',
    verdict: 'agrees',
    sources: ['atalayar', 'syriacpress', 'brecorder'],
  },
  {
    id: 'balad-green-zone',
    article: 'Four rockets at Balad; no one hurt in the Green Zone',
    record: 'Iraqi military: 4 rockets; Green Zone: no casualties',
    verdict: 'agrees',
    sources: ['atalayar', 'aljazeera', 'hill-outraged'],
  },
  {
    id: 'ten-days',
    article: 'Three attacks in ten days',
    record: '15, 20 and 22 Feb: within about a week',
    verdict: 'loose',
    sources: ['atalayar', 'politico'],
  },
  {
    id: 'balad-one-injured',
    article: 'One more injured at Balad',
    record: 'One contractor, nationality disputed; Iraq’s Security Media Cell denied any injury',
    verdict: 'disputed',
    sources: ['atalayar', 'bdnews24', 'aljazeera'],
  },
  {
    id: 'no-response',
    article: 'No response planned “for the time being”',
    record: 'True when written; the US struck in Syria on the night of 25–26 Feb',
    verdict: 'later-event',
    sources: ['atalayar', 'hill-outraged', 'defense-gov'],
  },
  {
    id: 'successive-condemned',
    article: 'Five nations condemned the successive attacks',
    record: 'Their 16 Feb statement covered Erbil only and named no group',
    verdict: 'overstated',
    sources: ['atalayar', 'agenparl', 'diplomatie'],
  },
  {
    id: 'considering',
    article: 'The US is “considering” holding Iran responsible',
    record: 'Price: the US will hold Iran responsible',
    verdict: 'understated',
    sources: ['atalayar', 'hill-outraged'],
  },
  {
    id: 'suicide-everyday',
    article: 'Missile attacks and suicide bombings part of everyday life',
    record: 'Rocket attacks on the US presence had slowed since an October 2020 truce; suicide bombings in Baghdad relatively rare, '
      + 'said AFP and Reuters (21 Jan: deadliest in three years)',
    verdict: 'overstated',
    sources: ['atalayar', 'brecorder-tayaran', 'streetjournal', 'alarabiya'],
  },
]
