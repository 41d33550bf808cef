import type { EventInput } from './schema'

// Dates and times are local (Iraq UTC+3; Syria UTC+2 in February 2021) unless a note says otherwise. Tolls follow the
// public record; `articleSays` keeps the article's own figure where the two differ.
export const events: EventInput[] = [
  {
    id: 'erbil',
    date: '2021-02-15',
    time: '21:30',
    timeNote: 'about 21:30',
    place: 'erbil-airport',
    kind: 'attack',
    actor: 'militias',
    title: 'Erbil airport',
    summary: 'Rockets fell on the coalition base beside Erbil airport and on homes nearby; three landed inside the base.',
    rockets: 14,
    rocketsApprox: true,
    rocketsNote: 'an estimate; 107 mm',
    injured: [
      { count: 4, who: 'US civilian contractors', where: 'base', us: true },
      { count: 1, who: 'US service member (concussion)', where: 'base', us: true },
      { count: 4, who: 'civilian contractors of other nationalities', where: 'base' },
      {
        count: 3,
        who: 'civilians outside the base (Kurdistan Region health ministry)',
        where: 'outside',
        atLeast: true,
        otherCount: { count: 5, by: 'AFP, later' },
      },
    ],
    killed: [
      { count: 1, who: 'civilian contractor, neither US nor Iraqi; nationality not released', where: 'base' },
      {
        count: 1,
        who: 'Nawaf Rashid, an Iraqi civilian wounded that night, who died on 22 Feb',
        where: 'outside',
        amongInjured: true,
      },
    ],
    claimedBy: 'Saraya Awliya al-Dam, a little-known group',
    claimant: 'militias',
    // Before the article Washington was still determining who did it; the Pentagon named two militias with its strikes.
    blame: {
      on: ['militias'],
      by: 'the Pentagon, among the groups using the Syrian border post it struck in answer to the attacks',
      date: '2021-02-25',
    },
    articleSays: 'Five US citizens hurt, a foreign contractor killed: the coalition’s count agrees. '
      + 'The civilians hurt outside the base are not in it.',
    sources: ['atalayar', 'syriacpress', 'upi', 'brecorder', 'nrttv', 'alarabiya', 'basnews', 'winep'],
  },
  {
    id: 'balad',
    date: '2021-02-20',
    place: 'balad',
    kind: 'attack',
    actor: 'militias',
    title: 'Balad air base',
    timeNote: 'hour disputed: night (AP, Al Jazeera) or daytime (AFP)',
    summary: 'Rockets struck the Iraqi air base north of Baghdad where contractors of the US firm Sallyport worked.',
    rockets: 4,
    rocketsNote: 'Iraqi military; first reports said 3',
    injured: [
      {
        count: 1,
        who: 'Sallyport contractor, Iraqi (Reuters) or South African (one AP source); '
          + 'Iraq\'s Security Media Cell denied anyone was hurt',
        disputed: true,
      },
    ],
    claimedBy: 'no immediate claim',
    articleSays: 'One more injured, with no nationality given. Whether anyone was hurt is disputed.',
    sources: ['atalayar', 'aljazeera', 'bdnews24', 'thenational'],
  },
  {
    id: 'green-zone',
    date: '2021-02-22',
    partOfDay: 'evening',
    place: 'green-zone',
    kind: 'attack',
    actor: 'militias',
    title: 'Green Zone, Baghdad',
    summary: 'On Monday evening rockets hit the guarded zone that holds the US embassy and Iraqi institutions: '
      + 'two inside it, one in al-Harithiya. Four civilian cars were damaged.',
    rockets: 3,
    rocketsNote: 'Iraqi military; AP also 3, one inside the embassy perimeter',
    claimedBy: 'no claim',
    articleSays: 'Several rockets and no injuries: the record agrees.',
    sources: ['atalayar', 'hill-outraged', 'globaltimes', 'politico'],
  },
  {
    id: 'iran-denial',
    date: '2021-02-16',
    kind: 'statement',
    actor: 'iran',
    title: 'Iran denies a link',
    summary: 'Then foreign ministry spokesman Saeed Khatibzadeh rejected attempts to tie Iran to the Erbil attack and '
      + 'asked Baghdad to punish those responsible. He denied a link to that attack, not Iran\'s backing of allied groups.',
    sources: ['kurdistan24', 'tehrantimes'],
  },
  {
    id: 'joint-statement',
    date: '2021-02-16',
    kind: 'statement',
    actor: 'europe',
    title: 'Five-nation statement',
    summary: 'France, Germany, Italy, the UK and the US condemned the Erbil attack in a statement by their foreign '
      + 'ministers, released by the State Department; it named no group. Reuters reported it the next day.',
    sources: ['atalayar', 'agenparl', 'diplomatie', 'timeslive'],
  },
  {
    id: 'blinken-call',
    date: '2021-02-16',
    kind: 'call',
    actor: 'us',
    title: 'Blinken calls al-Kadhimi',
    summary: 'Then Secretary of State Antony Blinken told Iraq\'s then Prime Minister Mustafa al-Kadhimi that the US '
      + 'backed him and a stable Iraq. He had phoned the Kurdistan Region\'s then Prime Minister Masrour Barzani the day before.',
    sources: ['atalayar', 'esta', 'memo'],
  },
  {
    id: 'iraq-investigation',
    date: '2021-02-16',
    kind: 'statement',
    actor: 'iraq-gov',
    onTimeline: false,
    title: 'Iraq investigates',
    summary: 'Al-Kadhimi ordered a joint investigation by the federal and Kurdistan Region governments to arrest the '
      + 'perpetrators, and said Iraq must not be a back garden for others\' conflicts; the Kurdistan Region\'s Prime '
      + 'Minister Masrour Barzani ordered his own and agreed with Blinken to coordinate it.',
    sources: ['shafaq-kadhimi', 'esta-krg'],
  },
  {
    id: 'kh-denial',
    date: '2021-02-23',
    kind: 'statement',
    actor: 'militias',
    onTimeline: false,
    title: 'Kataib Hezbollah denies',
    summary: 'A Kataib Hezbollah spokesman told Reuters the group did not target Erbil or the Green Zone and knew nothing '
      + 'of the group that claimed Erbil; in February 2021 the group demanded that the 2,500 US troops then in Iraq leave.',
    sources: ['alarabiya-kh', 'rudaw-kh'],
  },
  {
    id: 'tarmiyah-raid',
    date: '2021-02-20',
    timeNote: 'daytime (AFP); hour not given',
    place: 'tarmiyah',
    kind: 'raid',
    actor: 'iraq-gov',
    title: 'Tarmiyah raid',
    summary: 'Iraqi forces raided Daesh fighters around Tarmiyah, 35 km north of Baghdad; al-Kadhimi visited.',
    killed: [
      { count: 5, who: 'Daesh militants' },
      { count: 2, who: 'tribal fighters on the government side (AFP; Rudaw counts 6 security-force dead)' },
    ],
    sources: ['atalayar', 'aawsat', 'rudaw'],
  },
  {
    id: 'price-briefing',
    date: '2021-02-22',
    time: '22:37',
    timeNote: '22:37 Iraq time (2:37 pm in Washington)',
    kind: 'briefing',
    actor: 'us',
    title: 'Price briefing',
    summary: 'Then State Department spokesman Ned Price said the US will hold Iran responsible for its proxies\' attacks '
      + 'and would not lash out; Washington declined to name the attackers.',
    articleSays: '“Considering”: softer than “will”, but no one had been blamed yet. '
      + 'No response “for the time being”: true when written.',
    sources: ['atalayar', 'hill-outraged', 'hill-third', 'fpwatchdog'],
  },
  {
    id: 'syria-strikes',
    date: '2021-02-26',
    // On the Iraq clock of the timeline (UTC+3); Syria was at UTC+2, so about 01:00–02:00 there.
    time: '02:30',
    timeNote: 'about 01:00–02:00 in Syria; 25 Feb, about 6 pm in Washington',
    place: 'abu-kamal',
    kind: 'strike',
    actor: 'us',
    afterArticle: true,
    title: 'US strikes in Syria',
    summary: 'On then President Biden\'s order, US aircraft struck a border post in eastern Syria used, the Pentagon said, by '
      + '“a number of” Iranian-backed groups, Kataib Hezbollah and Kataib Sayyid al-Shuhada among them.',
    sources: ['dod-strike', 'defense-gov', 'newsbharati', 'shafaq'],
  },
  {
    id: 'soleimani',
    date: '2020-01-03',
    timeNote: 'shortly after midnight',
    kind: 'strike',
    actor: 'us',
    background: true,
    title: 'Soleimani killed',
    summary: 'Just after midnight, a US drone strike ordered by President Trump killed General Qassem Soleimani '
      + 'and the militia leader Abu Mahdi al-Muhandis at Baghdad airport.',
    killed: [{ count: 2, who: 'Qassem Soleimani and Abu Mahdi al-Muhandis, with others in the convoy' }],
    sources: ['atalayar', 'hozint', 'dod-soleimani'],
  },
  {
    id: 'daesh-defeat',
    date: '2017-12-09',
    kind: 'statement',
    actor: 'iraq-gov',
    background: true,
    title: 'Victory over Daesh declared',
    summary: 'Prime Minister Haider al-Abadi declared Daesh defeated as a territorial power in Iraq.',
    sources: ['atalayar', 'rt', 'kuna'],
  },
]
