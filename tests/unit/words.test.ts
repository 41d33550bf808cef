import { beforeEach, describe, expect, it } from 'vitest'
import { makePlaceMap, mapView } from '../../charts/map'
import { drawNetwork, networkView, relationSentence, STORED_CHOICE } from '../../charts/network'
import { timelineEvents } from '../../charts/timeline'
import { layoutTimeline } from '../../charts/timelineLayout'
import { attackTotals, describeTimeline, sourcesOfTotals } from '../../charts/timelineText'
import { describeToll, layoutToll } from '../../charts/toll'
import { facts } from '../../data'
import { geo } from '../../data/geo'

// Every word the figures put before the audience, on the slide and in the alt text a screen reader speaks, in one
// place. The other tests check where words go; these check what they say, so that a change of wording, from data/ or
// from code, is one reviewable diff here (vitest -u rewrites the snapshots, and the diff is read before it is kept).
// Each figure is laid out afresh before each test: under mutation testing each test must run the changed code.

/** Alt text a sentence or a list item a line, so that a diff shows which one changed. */
const sentences = (text: string) => text.split(/(?<=[.;:]) /).flatMap(part => (part.length > 100 ? part.split(/(?<=,) /) : [part]))
const attacks = () => timelineEvents(facts.events).filter(e => e.kind === 'attack')

describe('the Erbil toll', () => {
  let toll: ReturnType<typeof layoutToll>
  beforeEach(() => {
    toll = layoutToll(facts.events.find(e => e.id === 'erbil')!, 5)
  })

  it('labels its marks and its key', () => {
    expect(toll.texts.map(t => t.text)).toMatchInlineSnapshot(`
      [
        "At the base",
        "(coalition count)",
        "4 US contractors",
        "1 US service member",
        "4 other contractors",
        "1 contractor killed",
        "neither US nor Iraqi",
        "Outside the base",
        "(Kurdistan Region health ministry)",
        "at least 2 civilians",
        "AFP later: 5 hurt",
        "(2 more)",
        "Nawaf Rashid",
        "wounded that night, died 22 Feb",
        "one person injured",
        "one person killed",
        "unconfirmed: a later, higher count",
      ]
    `)
  })

  it('says each group of people in words', () => {
    expect(toll.subs.map(s => s.spoken)).toMatchInlineSnapshot(`
      [
        "4 US contractors injured",
        "1 US service member injured",
        "4 other contractors injured",
        "1 contractor killed, neither US nor Iraqi",
        "at least 3 civilians injured, 1 of whom died later",
        "AFP later counted 5 injured, 2 more",
        "Nawaf Rashid, wounded that night, died 22 Feb",
      ]
    `)
  })

  it('describes itself for a screen reader, numbers in words', () => {
    expect(sentences(describeToll(toll, 'Erbil, 15 February'))).toMatchInlineSnapshot(`
      [
        "Erbil, 15 February, one mark per person.",
        "At the base (coalition count):",
        "nine injured and one killed (four US contractors injured;",
        "one US service member injured;",
        "four other contractors injured;",
        "one contractor killed, neither US nor Iraqi).",
        "Outside the base (Kurdistan Region health ministry):",
        "at least three injured and one killed (at least three civilians injured, one of whom died later;",
        "AFP later counted five injured, two more;",
        "Nawaf Rashid, wounded that night, died 22 Feb).",
        "The article's figure, five US citizens injured, agrees with the record:",
        "four US contractors and one US service member.",
      ]
    `)
  })
})

describe('the attack timeline', () => {
  let timeline: ReturnType<typeof layoutTimeline>
  beforeEach(() => {
    timeline = layoutTimeline(timelineEvents(facts.events))
  })

  it('labels each event, its toll and its key', () => {
    expect(timeline.marks.map(m => [...m.label.lines, ...(m.none ? [m.none.text] : [])])).toMatchInlineSnapshot(`
      [
        [
          "Erbil",
          "about 21:30",
        ],
        [
          "Blinken calls al-Kadhimi",
        ],
        [
          "Iran denies a link",
        ],
        [
          "Allies condemn",
        ],
        [
          "Balad",
          "hour disputed",
        ],
        [
          "Tarmiyah raid",
        ],
        [
          "Baghdad",
          "evening",
          "no one hurt",
        ],
        [
          "Price briefing",
        ],
        [
          "US strikes in Syria",
          "night of 25–26 Feb",
          "(25 Feb, in Washington)",
        ],
      ]
    `)
    expect([timeline.dayKey?.text, ...timeline.tollKey.map(k => k.text)]).toMatchInlineSnapshot(`
      [
        "hour unknown or disputed",
        "injured",
        "killed",
        "unconfirmed",
      ]
    `)
  })

  it('sums the attacks, with the sources of the sums', () => {
    expect(attackTotals(attacks())).toMatchInlineSnapshot(`
      {
        "base": 9,
        "diedOfWounds": 1,
        "disputed": 1,
        "killed": 2,
        "killedText": "2 dead, 1 of them later, of wounds",
        "outsideLiving": 2,
        "rockets": {
          "count": 21,
          "text": "about 21 rockets",
        },
      }
    `)
    expect(sourcesOfTotals(attacks())).toMatchInlineSnapshot(`
      [
        "syriacpress",
        "upi",
        "aljazeera",
        "bdnews24",
        "hill-outraged",
        "globaltimes",
      ]
    `)
  })

  it('describes the first step, the last and the summary', () => {
    const events = timelineEvents(facts.events)
    expect(sentences(describeTimeline(events.slice(0, 1), attacks(), false))).toMatchInlineSnapshot(`
      [
        "Mon 15 Feb, about 21:30:",
        "Erbil airport, about 14 rockets, at least 11 injured, 2 dead, 1 of them later, of wounds.",
      ]
    `)
    const lastStep = sentences(describeTimeline(events, attacks(), false))
    expect(lastStep).toMatchInlineSnapshot(`
      [
        "Mon 15 Feb, about 21:30:",
        "Erbil airport, about 14 rockets, at least 11 injured, 2 dead, 1 of them later, of wounds.",
        "Tue 16 Feb, hour unknown:",
        "Blinken calls al-Kadhimi.",
        "Tue 16 Feb, hour unknown:",
        "Iran denies a link.",
        "Tue 16 Feb, hour unknown:",
        "Allies condemn.",
        "Sat 20 Feb, hour disputed:",
        "night (AP, Al Jazeera) or daytime (AFP):",
        "Balad air base, 4 rockets, 1 injured (disputed), 0 dead.",
        "Sat 20 Feb, daytime (AFP);",
        "hour not given:",
        "Tarmiyah raid.",
        "Mon 22 Feb, evening:",
        "Green Zone, Baghdad, 3 rockets, 0 injured, 0 dead.",
        "Mon 22 Feb, 22:37 Iraq time (2:37 pm in Washington):",
        "Price briefing.",
        "Fri 26 Feb, about 01:00–02:00 in Syria;",
        "25 Feb, about 6 pm in Washington:",
        "US strikes in Syria (after the article).",
      ]
    `)
    // The summary is the last step's words, then the totals.
    expect(sentences(describeTimeline(events, attacks(), true)))
      .toEqual([...lastStep, 'In all:', '3 attacks within about a week, about 21 rockets.'])
  })
})

describe('the actor network', () => {
  let network: ReturnType<typeof drawNetwork>
  beforeEach(() => {
    network = drawNetwork(facts, STORED_CHOICE)
  })

  it('names its actors and labels its relations', () => {
    expect(network.nodes.map(n => n.label.text)).toMatchInlineSnapshot(`
      [
        "Iran",
        "Militias",
        "US",
        "FR · DE · IT · UK",
        "Erbil",
        "Iraqi gov.",
        "Kurdistan Region",
        "Daesh",
      ]
    `)
    expect(network.edges.map(e => [...e.label.lines.map(l => l.text), ...(e.label.badge ? [e.label.badge.text] : [])]))
      .toMatchInlineSnapshot(`
        [
          [
            "backs",
            "(US officials and the press",
            "said)",
          ],
          [
            "rockets on US sites",
            "(a little-known group claimed",
            "Erbil)",
          ],
          [
            "condemn, with the US",
          ],
          [
            "joint inquiry",
          ],
          [
            "supports",
          ],
          [
            "supports",
          ],
          [
            "will hold responsible",
          ],
          [
            "raids",
          ],
          [
            "air strikes in Syria",
            "→ after the article",
          ],
        ]
      `)
  })

  it('lists every relation with its note for a screen reader, whatever the click', () => {
    expect(networkView(network, 1).listing).toEqual(networkView(network).listing)
    expect(networkView(network).listing.map(l => [l.key, ...sentences(l.text)])).toMatchInlineSnapshot(`
      [
        [
          "iran-backs-militias",
          "Iran → Pro-Iranian militias:",
          "backs (US officials and the press said).",
          "US officials and the press called these groups Iran-backed;",
          "Price called the rockets of the recent attacks Iranian-made and Iranian-supplied.",
          "Iran denied a link to the Erbil attack (16 Feb), not its backing of allied groups.",
        ],
        [
          "militias-attack-us",
          "Pro-Iranian militias → United States:",
          "rockets on US sites (a little-known group claimed Erbil).",
          "Three rocket attacks on sites hosting US troops, contractors and diplomats, 15–22 Feb 2021.",
          "A little-known group claimed Erbil;",
          "Balad and the Green Zone had no immediate claim.",
          "Before the article, Washington was still determining who did it;",
          "Kataib Hezbollah denied it on 23 Feb.",
          "Only with its strikes of 25 Feb did the Pentagon name Kataib Hezbollah and Kataib Sayyid al-Shuhada,",
          "among the groups using the site.",
        ],
        [
          "europe-condemns-erbil",
          "European allies:",
          "France, Germany, Italy, UK → Erbil:",
          "condemn, with the US.",
          "Joint statement of 16 Feb 2021 by the foreign ministers of France,",
          "Germany,",
          "Italy,",
          "the UK and the US,",
          "on the Erbil attack only;",
          "it named no group.",
        ],
        [
          "iraq-investigates-erbil",
          "Iraqi government → Erbil:",
          "joint inquiry.",
          "Al-Kadhimi ordered a joint investigation by the federal and Kurdistan Region governments to arrest the perpetrators (16 Feb).",
        ],
        [
          "us-supports-iraq",
          "United States → Iraqi government:",
          "supports.",
          "Then Secretary of State Blinken backed then Prime Minister al-Kadhimi and the stabilisation of Iraq (16 Feb).",
        ],
        [
          "us-supports-krg",
          "United States → Kurdistan Regional Government:",
          "supports.",
          "Then Secretary of State Blinken called the Kurdistan Region's then Prime Minister Masrour Barzani on 15 Feb.",
        ],
        [
          "us-opposes-iran",
          "United States → Iran:",
          "will hold responsible.",
          "Ned Price, then State Department spokesman, 22 Feb:",
          "the US will hold Iran responsible for attacks on Americans by its proxies, a standing line;",
          "the same day Washington declined to say who carried out the attacks.",
        ],
        [
          "iraq-attacks-daesh",
          "Iraqi government → Daesh remnants:",
          "raids.",
          "Iraqi forces hunted Daesh cells, as at Tarmiyah on 20 Feb 2021.",
        ],
        [
          "us-strikes-militias",
          "United States → Pro-Iranian militias:",
          "air strikes in Syria (after the article).",
          "After the article:",
          "US strikes near Abu Kamal,",
          "in Syria,",
          "on the night of 25–26 Feb 2021,",
          "on a border post the Pentagon said a number of Iranian-backed groups used,",
          "Kataib Hezbollah and Kataib Sayyid al-Shuhada among them.",
        ],
      ]
    `)
  })

  it('says each relation, and the whole figure, in words', () => {
    expect(network.edges.map(relationSentence)).toMatchInlineSnapshot(`
      [
        "Iran → Pro-Iranian militias: backs (US officials and the press said)",
        "Pro-Iranian militias → United States: rockets on US sites (a little-known group claimed Erbil)",
        "European allies: France, Germany, Italy, UK → Erbil: condemn, with the US",
        "Iraqi government → Erbil: joint inquiry",
        "United States → Iraqi government: supports",
        "United States → Kurdistan Regional Government: supports",
        "United States → Iran: will hold responsible",
        "Iraqi government → Daesh remnants: raids",
        "United States → Pro-Iranian militias: air strikes in Syria (after the article)",
      ]
    `)
    expect(sentences(networkView(network, 1).description)).toMatchInlineSnapshot(`
      [
        "Actors:",
        "Iran, Pro-Iranian militias, United States, European allies:",
        "France, Germany, Italy, UK, Iraqi government, Kurdistan Regional Government, Daesh remnants;",
        "and one event, Erbil.",
        "Solid lines are force, dashed lines are words and backing;",
        "the arrow points at the one acted upon.",
        "Relations shown:",
        "Iran → Pro-Iranian militias:",
        "backs (US officials and the press said).",
      ]
    `)
    expect(sentences(networkView(network).description)).toMatchInlineSnapshot(`
      [
        "Actors:",
        "Iran, Pro-Iranian militias, United States, European allies:",
        "France, Germany, Italy, UK, Iraqi government, Kurdistan Regional Government, Daesh remnants;",
        "and one event, Erbil.",
        "Solid lines are force, dashed lines are words and backing;",
        "the arrow points at the one acted upon.",
        "Relations shown:",
        "Iran → Pro-Iranian militias:",
        "backs (US officials and the press said);",
        "Pro-Iranian militias → United States:",
        "rockets on US sites (a little-known group claimed Erbil);",
        "European allies:",
        "France, Germany, Italy, UK → Erbil:",
        "condemn, with the US;",
        "Iraqi government → Erbil:",
        "joint inquiry;",
        "United States → Iraqi government:",
        "supports;",
        "United States → Kurdistan Regional Government:",
        "supports;",
        "United States → Iran:",
        "will hold responsible;",
        "Iraqi government → Daesh remnants:",
        "raids;",
        "United States → Pro-Iranian militias:",
        "air strikes in Syria (after the article).",
      ]
    `)
  })
})

describe('the place map', () => {
  let map: ReturnType<typeof makePlaceMap>
  beforeEach(() => {
    map = makePlaceMap(facts, geo)
  })

  it('names its places and countries', () => {
    expect(map.labels.map(l => l.lines.join(' '))).toMatchInlineSnapshot(`
      [
        "Green Zone, Baghdad US embassy · 22 Feb",
        "Balad air base 20 Feb",
        "Abu Kamal US strikes, 25–26 Feb",
        "Tehran",
        "Erbil airport 15 Feb",
      ]
    `)
    expect(map.countryLabels.map(l => l.lines.join(' '))).toMatchInlineSnapshot(`
      [
        "IRAN",
        "IRAQ",
        "JORDAN",
        "SAUDI ARABIA",
        "SYRIA",
      ]
    `)
    expect(`${map.credit.text}; scale bar ${map.bar.km} km`).toMatchInlineSnapshot(`"Borders: Natural Earth; scale bar 200 km"`)
  })

  it('lists every place for a screen reader, with where it is', () => {
    expect(mapView(map, { stage: 'cover' }).listing).toMatchInlineSnapshot(`
      [
        {
          "key": "site:erbil-airport",
          "text": "Erbil airport, 15 Feb (36.2375, 43.9631)",
        },
        {
          "key": "site:balad",
          "text": "Balad air base, 20 Feb (33.9333, 44.3667)",
        },
        {
          "key": "site:green-zone",
          "text": "Green Zone, Baghdad, US embassy · 22 Feb (33.3076, 44.3903)",
        },
        {
          "key": "site:tarmiyah",
          "text": "Tarmiyah, Iraqi raid on Daesh, 20 Feb (33.667, 44.367)",
        },
        {
          "key": "site:tehran",
          "text": "Tehran (35.6961, 51.4231)",
        },
        {
          "key": "site:abu-kamal",
          "text": "Abu Kamal, US strikes, 25–26 Feb (34.4536, 40.9367)",
        },
      ]
    `)
  })

  it('describes each stage for a screen reader', () => {
    expect(sentences(mapView(map, { stage: 'cover' }).description)).toMatchInlineSnapshot(`
      [
        "Map of Iraq and its neighbours, north up.",
        "Attack 1:",
        "Erbil airport, 15 Feb, Iraq.",
        "Attack 2:",
        "Balad air base, 20 Feb, Iraq.",
        "Attack 3:",
        "Green Zone, Baghdad, US embassy · 22 Feb, Iraq.",
        "Tehran, Iran.",
        "Abu Kamal, Syria:",
        "US strikes, 25–26 Feb.",
        "Scale bar 200 km.",
        "Borders:",
        "Natural Earth.",
      ]
    `)
    expect(sentences(mapView(map, { stage: 'erbil' }).description)).toMatchInlineSnapshot(`
      [
        "Map of Iraq and its neighbours, north up.",
        "Attack 1:",
        "Erbil airport, 15 Feb, Iraq.",
        "Tehran, Iran.",
        "Scale bar 200 km.",
        "Borders:",
        "Natural Earth.",
      ]
    `)
    expect(sentences(mapView(map, { stage: 'attacks' }).description)).toMatchInlineSnapshot(`
      [
        "Map of Iraq and its neighbours, north up.",
        "Attack 1:",
        "Erbil airport, 15 Feb, Iraq.",
        "Attack 2:",
        "Balad air base, 20 Feb, Iraq.",
        "Attack 3:",
        "Green Zone, Baghdad, US embassy · 22 Feb, Iraq.",
        "Tarmiyah, Iraq:",
        "Iraqi raid on Daesh, 20 Feb.",
        "Tehran, Iran.",
        "A box enlarges the 3 places around Baghdad 2.5 times:",
        "Balad air base, Tarmiyah, Green Zone, Baghdad, north to south.",
        "Scale bar 200 km.",
        "Borders:",
        "Natural Earth.",
      ]
    `)
    expect(sentences(mapView(map, { stage: 'answer' }).description)).toMatchInlineSnapshot(`
      [
        "Map of Iraq and its neighbours, north up.",
        "Attack 1:",
        "Erbil airport, 15 Feb, Iraq.",
        "Attack 2:",
        "Balad air base, 20 Feb, Iraq.",
        "Attack 3:",
        "Green Zone, Baghdad, US embassy · 22 Feb, Iraq.",
        "Tehran, Iran.",
        "Abu Kamal, Syria:",
        "US strikes, 25–26 Feb.",
        "The week's attacks are in grey.",
        "Scale bar 200 km.",
        "Borders:",
        "Natural Earth.",
      ]
    `)
  })
})
