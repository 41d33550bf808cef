// @vitest-environment node
import type { Scored } from '../../charts/network/labels'
import type { Move } from '../../charts/network/search'
import { describe, expect, it } from 'vitest'
import { BEND_PASSES } from '../../charts/network/model'
import { bendMoves, climb } from '../../charts/network/search'

// The bend search's two steps on made-up figures whose best bends a reader can work out: which moves it may try, and
// how it climbs from the straightest lines to a cleaner figure within its bound.

const moveList = (moves: Move[]) => moves.map(m => [...m].map(([i, bend]) => `${i}:${bend}`).join(' '))

describe('the moves of a bend search', () => {
  it('are each relation to each of its bends, then both of two opposite relations to one sign together', () => {
    // a→b and b→a are opposite; a→c is not, nor is b→c.
    const pairs: [string, string][] = [['a', 'b'], ['a', 'c'], ['b', 'a'], ['b', 'c']]
    const options = [[30, -30], [0], [-30, 30, 60], [0, 20]]
    expect(moveList(bendMoves(pairs, options))).toEqual([
      '0:30',
      '0:-30',
      '1:0',
      '2:-30',
      '2:30',
      '2:60',
      '3:0',
      '3:20',
      '0:30 2:30',
      '0:30 2:60',
      '0:-30 2:-30',
    ])
  })

  it('pair no two relations that run the same way, nor two that only share one end', () => {
    expect(moveList(bendMoves([['a', 'b'], ['a', 'b'], ['b', 'c']], [[10], [10], [10]]))).toEqual(['0:10', '1:10', '2:10'])
  })
})

describe('the climb from the straightest bends', () => {
  /**
   * Four relations, each straight (0) or bowed (1); a bow helps only once the next relation is bowed too (the last
   * always helps): one move at a time, in the order tried, each pass can keep only the last of the straight ones.
   */
  const chain = (bends: number[]) => -bends.filter((b, k) => b === 1 && (k === bends.length - 1 || bends[k + 1] === 1)).length
  function scorer(score: (bends: number[]) => number) {
    const tried: number[][] = []
    const evaluate = (bends: number[], limit = Infinity): Scored | undefined => {
      tried.push(bends)
      const s = score(bends)
      return s < limit ? ({ score: s } as Scored) : undefined
    }
    return { evaluate, tried }
  }
  const bowEach = [0, 1, 2, 3].map(i => new Map([[i, 1]]))

  it('keeps a move that makes the figure cleaner, pass after pass, until a pass keeps none', () => {
    const { evaluate, tried } = scorer(chain)
    // Tried first each pass, and never kept: the first relation bowed the other way (2), which helps nothing.
    const moves = [new Map([[0, 2]]), ...bowEach]
    expect(climb([0, 0, 0, 0], moves, evaluate, 10)).toEqual({ bends: [1, 1, 1, 1], score: -4 })
    // The start, then passes of 5, 4, 3, 2 and 1 trials, the last keeping none: a move to the bends already there is
    // not tried again, and no pass follows one that kept nothing.
    expect(tried).toHaveLength(1 + 5 + 4 + 3 + 2 + 1)
  })

  it('tries a move of two bends where only one of them is there already', () => {
    const { evaluate } = scorer(bends => -bends.reduce((a, b) => a + b, 0))
    expect(climb([1, 0], [new Map([[0, 1], [1, 1]])], evaluate).bends).toEqual([1, 1])
  })

  it('stops after its bound of passes, however much cleaner the next would make it', () => {
    expect(climb([0, 0, 0, 0], bowEach, scorer(chain).evaluate, 2)).toEqual({ bends: [0, 0, 1, 1], score: -2 })
    // A chain one longer than the deck's bound: one bow kept a pass, the first left straight.
    const longer = Array.from({ length: BEND_PASSES + 1 }, (_, i) => new Map([[i, 1]]))
    const { bends } = climb(Array.from({ length: BEND_PASSES + 1 }, () => 0), longer, scorer(chain).evaluate)
    expect(bends.filter(b => b === 1)).toHaveLength(BEND_PASSES)
    expect(bends[0]).toBe(0)
  })

  it('keeps no move that leaves the figure only as clean as it was', () => {
    const { evaluate } = scorer(() => 5)
    expect(climb([0, 0], [new Map([[0, 1]]), new Map([[1, 1]])], evaluate)).toEqual({ bends: [0, 0], score: 5 })
  })
})
