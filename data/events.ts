import type { EventInput } from './schema'

// Dates are local (Iraq, UTC+3) unless the summary says otherwise. Tolls follow the public record;
// `articleSays` keeps the article's own figure where the two differ.
export const events: EventInput[] = [
  {
    id: 'erbil', date: '2021-02-15', time: '21:30', place: 'erbil-airport', kind: 'attack', actor: 'militias',
    title: 'Erbil airport',
    summary: 'Rockets fell on the coalition base beside Erbil airport and on homes nearby; three landed inside the base.',
    rockets: 14, rocketsNote: 'about; 107 mm',
    injured: [
      { count: 4, who: 'US civilian contractors' },
      { count: 1, who: 'US service member (concussion)' },
      { count: 4, who: 'other civilian contractors' },
    ],
    killed: [
      { count: 1, who: 'civilian contractor, neither US nor Iraqi; nationality not released' },
      { count: 1, who: 'Iraqi civilian, Nawaf Rashid, 24, who died of his wounds about a week later' },
    ],
    claimedBy: 'Saraya Awliya al-Dam, via the Sabereen channel',
    blamedOn: ['militias'],
    articleSays: 'Five US citizens injured and one foreign contractor killed. The record\'s five Americans are four contractors and a soldier, whom the article does not mention; the later death of an Iraqi civilian is missing too.',
    sources: ['atalayar', 'syriacpress', 'upi', 'brecorder', 'basnews', 'winep'],
  },
  {
    id: 'balad', date: '2021-02-20', place: 'balad', kind: 'attack', actor: 'militias',
    title: 'Balad air base',
    summary: 'Rockets struck the Iraqi air base north of Baghdad where contractors of the US firm Sallyport work. The hour is disputed: night (AP, Al Jazeera) or daytime (AFP).',
    rockets: 4, rocketsNote: 'Iraqi military; first reports said 3',
    injured: [{ count: 1, who: 'Sallyport contractor, Iraqi (Reuters) or South African (one AP source); Iraq\'s Security Media Cell denied anyone was hurt' }],
    claimedBy: 'no immediate claim',
    blamedOn: ['militias'],
    articleSays: 'One more person injured, counted with the Americans. The record does not report the injured contractor as a US citizen.',
    sources: ['atalayar', 'aljazeera', 'bdnews24', 'thenational'],
  },
  {
    id: 'green-zone', date: '2021-02-22', place: 'green-zone', kind: 'attack', actor: 'militias',
    title: 'Green Zone, Baghdad',
    summary: 'On Monday evening rockets hit the guarded zone that holds the US embassy and Iraqi institutions: two inside it, one in al-Harithiya. Four civilian cars were damaged.',
    rockets: 3, rocketsNote: 'Iraqi military; AP also 3, one inside the embassy perimeter',
    claimedBy: 'no claim',
    blamedOn: ['militias'],
    articleSays: 'Several rockets and no injuries: the record agrees.',
    sources: ['atalayar', 'hill-outraged', 'globaltimes', 'politico'],
  },
  {
    id: 'joint-statement', date: '2021-02-16', kind: 'statement', actor: 'europe',
    title: 'Five-nation condemnation',
    summary: 'France, Germany, Italy, the UK and the US condemned the Erbil attack in a statement by their foreign ministers, released by the State Department; Reuters reported it the next day.',
    sources: ['atalayar', 'agenparl', 'diplomatie', 'timeslive'],
  },
  {
    id: 'blinken-call', date: '2021-02-16', kind: 'call', actor: 'us',
    title: 'Blinken calls al-Kadhimi',
    summary: 'Secretary of State Antony Blinken told Iraq\'s Prime Minister Mustafa al-Kadhimi that the US backs him and a stable Iraq. He had phoned the Kurdistan Region\'s Prime Minister Masrour Barzani the day before.',
    sources: ['atalayar', 'esta', 'memo'],
  },
  {
    id: 'tarmiyah-raid', date: '2021-02-20', place: 'tarmiyah', kind: 'raid', actor: 'iraq-gov',
    title: 'Tarmiyah raid',
    summary: 'Iraqi forces raided Daesh fighters around Tarmiyah, 35 km north of Baghdad; al-Kadhimi visited.',
    killed: [
      { count: 5, who: 'Daesh militants' },
      { count: 2, who: 'tribal fighters on the government side (AFP; Rudaw counts 6 security-force dead)' },
    ],
    sources: ['atalayar', 'aawsat', 'rudaw'],
  },
  {
    id: 'price-briefing', date: '2021-02-22', kind: 'briefing', actor: 'us',
    title: 'Price briefing',
    summary: 'State Department spokesman Ned Price said the US would hold Iran to account for attacks on Americans by its proxies, called the rockets Iranian-made and Iranian-supplied, and promised a response at a moment of Washington\'s choosing rather than a hasty one.',
    articleSays: 'The White House took no further step and planned no response for now. Price himself did not rule one out.',
    sources: ['atalayar', 'hill-outraged', 'hill-third'],
  },
  {
    id: 'syria-strikes', date: '2021-02-25', place: 'abu-kamal', kind: 'strike', actor: 'us', afterArticle: true,
    title: 'US strikes in Syria',
    summary: 'On President Biden\'s order, US aircraft destroyed buildings at a border crossing in eastern Syria used by Kataib Hezbollah and Kataib Sayyid al-Shuhada, in answer to the attacks (Thursday evening, US time). Deaths: 1 (a militia official) or 17 (local and medical sources); neither confirmed.',
    blamedOn: ['militias'],
    sources: ['defense-gov', 'newsbharati'],
  },
  {
    id: 'soleimani', date: '2020-01-03', kind: 'strike', actor: 'us', background: true,
    title: 'Soleimani killed',
    summary: 'Just after midnight, a US drone strike ordered by President Trump killed General Qassem Soleimani and the militia leader Abu Mahdi al-Muhandis at Baghdad airport.',
    killed: [{ count: 2, who: 'Qassem Soleimani and Abu Mahdi al-Muhandis, with others in the convoy' }],
    sources: ['atalayar', 'hozint', 'foxbusiness'],
  },
  {
    id: 'daesh-defeat', date: '2017-12-09', kind: 'statement', actor: 'iraq-gov', background: true,
    title: 'Victory over Daesh declared',
    summary: 'Prime Minister Haider al-Abadi declared Daesh defeated as a territorial power in Iraq.',
    sources: ['atalayar', 'rt', 'kuna'],
  },
]
