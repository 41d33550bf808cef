import type { GlossaryInput } from './schema'

// The names a newcomer meets in the talk, in our words, for the handout.
export const glossary: GlossaryInput[] = [
  {
    term: 'Daesh',
    meaning: 'The Arabic acronym for the Islamic State group; defeated as a territorial power in Iraq in December 2017, '
      + 'its remnants carry on as insurgent cells.',
    sources: ['rt', 'kuna'],
  },
  {
    term: 'Saraya Awliya al-Dam ("Guardians of the Blood")',
    meaning: 'A little-known group that claimed the Erbil attack through the Sabereen channel; the US government '
      + 'later said it believed Kataib Hezbollah and Kataib Sayyid al-Shuhada were behind the attack.',
    sources: ['winep'],
  },
  {
    term: 'Kataib Hezbollah (KH)',
    meaning: 'An Iraqi militia the US government linked to the Erbil attack and whose border facilities it struck in Syria.',
    sources: ['winep', 'defense-gov'],
  },
  {
    term: 'Kataib Sayyid al-Shuhada (KSS)',
    meaning: 'Another Iraqi militia named by the US government for the Erbil attack and for the facilities hit on 25–26 Feb.',
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
