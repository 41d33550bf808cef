import type { ActorInput } from './schema'

// Colours: the Okabe–Ito palette, told apart by colour-blind viewers. Shapes carry the same meaning.
export const actors: ActorInput[] = [
  {
    id: 'us',
    name: 'United States',
    short: 'US',
    kind: 'state',
    colour: '#0072B2',
    shape: 'square',
    note: 'In February 2021, about 2,500 troops in Iraq after the drawdown of 15 Jan 2021; the coalition as a whole had fewer than 3,500.',
    sources: ['atalayar', 'japantoday', 'taipeitimes'],
  },
  {
    id: 'iran',
    name: 'Iran',
    short: 'Iran',
    kind: 'state',
    colour: '#009E73',
    shape: 'circle',
    note: 'In 2021 the article said it backed militias that defended its interests in unstable countries; US officials '
      + 'and the press called such groups Iran-backed. Its foreign ministry denied a link to the Erbil attack (16 Feb).',
    sources: ['atalayar', 'kurdistan24', 'alarabiya-kh'],
  },
  {
    id: 'militias',
    name: 'Pro-Iranian militias',
    short: 'Militias',
    kind: 'armed-group',
    colour: '#D55E00',
    shape: 'triangle',
    note: 'Groups linked to Tehran. A little-known group, Saraya Awliya al-Dam, claimed Erbil; with its strikes of 25 Feb '
      + '2021 the Pentagon named Kataib Hezbollah and Kataib Sayyid al-Shuhada among the groups using the site it struck. '
      + 'They have no one base: their badge sits in central Iraq, with no leader line to a pin.',
    sources: ['atalayar', 'winep', 'hill-third', 'dod-strike'],
  },
  {
    id: 'iraq-gov',
    name: 'Iraqi government',
    short: 'Iraqi gov.',
    kind: 'government',
    colour: '#F0E442',
    shape: 'diamond',
    note: 'In 2021, under then Prime Minister Mustafa al-Kadhimi; its forces still fought Daesh while politics stayed unsettled.',
    sources: ['atalayar', 'esta'],
  },
  {
    id: 'krg',
    name: 'Kurdistan Regional Government',
    short: 'Kurdistan Region',
    kind: 'regional-government',
    colour: '#CC79A7',
    shape: 'hexagon',
    note: 'Governs the Kurdistan Region from Erbil; its Prime Minister in 2021 was Masrour Barzani.',
    sources: ['esta', 'memo'],
  },
  {
    id: 'daesh',
    name: 'Daesh remnants',
    short: 'Daesh',
    kind: 'armed-group',
    colour: '#000000',
    shape: 'bar',
    note: 'Declared defeated as a territorial power in Dec 2017; by 2021 back to insurgent raids and bombings.',
    sources: ['atalayar', 'kuna', 'rt'],
  },
  {
    id: 'europe',
    name: 'European allies: France, Germany, Italy, UK',
    short: 'FR · DE · IT · UK',
    kind: 'alliance',
    colour: '#56B4E9',
    shape: 'star',
    note: 'Signed the joint condemnation with the US.',
    sources: ['atalayar', 'agenparl'],
  },
]
