import type { GlossaryInput } from './schema'

// The names a newcomer meets in the talk, in our words, for the handout.
export const glossary: GlossaryInput[] = [
  {
    term: 'Daesh',
    meaning: 'The Arabic acronym for the Islamic State group; defeated as a territorial power in Iraq in December 2017, '
      + 'by 2021 its remnants carried on as insurgent cells.',
    sources: ['rt', 'kuna'],
  },
  {
    term: 'Saraya Awliya al-Dam ("Guardians of the Blood")',
    meaning: 'A little-known group that claimed the Erbil attack through the Sabereen channel. Unnamed US and Iraqi '
      + 'officials told AFP such new names were fronts for established groups; no one named a culprit on the record '
      + 'before the US strikes of 25 Feb 2021.',
    sources: ['winep', 'rudaw-kh'],
  },
  {
    term: 'Kataib Hezbollah (KH)',
    meaning: 'An Iraqi militia the press called Iran-backed, founded by Abu Mahdi al-Muhandis. On 23 Feb 2021 it denied '
      + 'targeting Erbil or the Green Zone, and it demanded that US troops leave Iraq; the Pentagon named it among the '
      + 'groups using the site it struck in Syria on 25 Feb.',
    sources: ['alarabiya-kh', 'rudaw-kh', 'dod-strike'],
  },
  {
    term: 'Kataib Sayyid al-Shuhada (KSS)',
    meaning: 'Another Iraqi militia the Pentagon named among the groups using the border site it struck on 25–26 Feb.',
    sources: ['winep', 'defense-gov'],
  },
  {
    term: 'Popular Mobilisation Forces (PMF)',
    meaning: 'The state umbrella of armed groups formed to fight Daesh; its deputy head, Abu Mahdi al-Muhandis, '
      + 'was killed with Qassem Soleimani.',
    sources: ['hozint'],
  },
  {
    term: 'Green Zone (International Zone)',
    meaning: 'The guarded district of Baghdad that holds ministries and embassies, the US embassy among them.',
    sources: ['wiki-green-zone'],
  },
  {
    term: 'Kurdistan Region',
    meaning: 'The autonomous region of northern Iraq governed from Erbil by the Kurdistan Regional Government.',
    sources: ['esta', 'memo'],
  },
  {
    term: 'Security Media Cell',
    meaning: 'The Iraqi government\'s official channel for security news; it denied that anyone was hurt at Balad.',
    sources: ['bdnews24'],
  },
]
