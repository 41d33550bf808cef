import type { NameInput } from './schema'

// How to say the names the talk uses, for a speaker who has not met them: a rough English respelling, stressed syllable
// in capitals. These are guides for the room, not transliterations; the handout prints them.
export const names: NameInput[] = [
  { id: 'erbil', name: 'Erbil', say: 'ER-bil' },
  { id: 'balad', name: 'Balad', say: 'BA-lad' },
  { id: 'tarmiyah', name: 'Tarmiyah', say: 'tar-MEE-ya' },
  { id: 'abu-kamal', name: 'Abu Kamal', say: 'AH-boo KA-mal' },
  { id: 'daesh', name: 'Daesh', say: 'DAH-esh' },
  { id: 'kataib-hezbollah', name: 'Kataib Hezbollah', say: 'ka-TA-ib hez-bol-LAH' },
  { id: 'kss', name: 'Kataib Sayyid al-Shuhada', say: 'ka-TA-ib SAY-yid ash-shu-HA-da' },
  { id: 'saraya', name: 'Saraya Awliya al-Dam', say: 'sa-RAH-ya ow-lee-YAH ad-DAM' },
  { id: 'kadhimi', name: 'Mustafa al-Kadhimi', say: 'MUS-ta-fa al-KAH-dhi-mee' },
  { id: 'barzani', name: 'Masrour Barzani', say: 'mas-ROOR bar-ZAH-nee' },
  { id: 'soleimani', name: 'Qassem Soleimani', say: 'KAH-sem so-lay-MAH-nee' },
  { id: 'muhandis', name: 'Abu Mahdi al-Muhandis', say: 'AH-boo MAH-dee al-mu-HAN-dis' },
]
