import type { ActorInput } from './schema'

// Colours: the Okabe–Ito palette, told apart by colour-blind viewers. Shapes carry the same meaning.
export const actors: ActorInput[] = [
  { id: 'us', name: 'United States', short: 'US', kind: 'state', colour: '#0072B2', shape: 'square', anchor: { edge: 'west', toward: 'Washington' }, note: 'About 2,500 troops in Iraq after the drawdown of 15 Jan 2021; the coalition as a whole had fewer than 3,500.', sources: ['atalayar', 'voa', 'taipeitimes'] },
  { id: 'iran', name: 'Iran', short: 'Iran', kind: 'state', colour: '#009E73', shape: 'circle', anchor: { place: 'tehran' }, note: 'Backs armed groups that defend its interests in unstable countries, Iraq among them.', sources: ['atalayar'] },
  { id: 'militias', name: 'Pro-Iranian militias', short: 'Militias', kind: 'armed-group', colour: '#D55E00', shape: 'triangle', anchor: { place: 'balad' }, note: 'Groups linked to Tehran. US officials named Kataib Hezbollah and Kataib Sayyid al-Shuhada; a front called Saraya Awliya al-Dam claimed Erbil. Their badge sits among the sites they hit, not at a base.', sources: ['atalayar', 'winep', 'hill-third'] },
  { id: 'iraq-gov', name: 'Iraqi government', short: 'Iraqi gov.', kind: 'government', colour: '#E69F00', shape: 'diamond', anchor: { place: 'green-zone' }, note: 'Prime Minister Mustafa al-Kadhimi; forces still fighting Daesh while politics stays unsettled.', sources: ['atalayar', 'esta'] },
  { id: 'krg', name: 'Kurdistan Regional Government', short: 'Kurdistan Region', kind: 'regional-government', colour: '#CC79A7', shape: 'hexagon', anchor: { place: 'erbil-airport' }, note: 'Governs the Kurdistan Region from Erbil; Prime Minister Masrour Barzani.', sources: ['esta', 'memo'] },
  { id: 'daesh', name: 'Daesh remnants', short: 'Daesh', kind: 'armed-group', colour: '#000000', shape: 'cross', anchor: { place: 'tarmiyah' }, note: 'Defeated as a territorial power in Dec 2017; back to insurgent raids and bombings.', sources: ['atalayar', 'kuna', 'rt'] },
  { id: 'europe', name: 'European allies: France, Germany, Italy, UK', short: 'FR · DE · IT · UK', kind: 'alliance', colour: '#56B4E9', shape: 'star', anchor: { edge: 'north-west', toward: 'Europe' }, note: 'Signed the joint condemnation with the US.', sources: ['atalayar', 'agenparl'] },
]
