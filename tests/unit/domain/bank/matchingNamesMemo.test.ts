/**
 * findByName remembers its answers in the name index (issue 7: a statement names the same payers again and again).
 * A remembered answer must be the one a fresh index gives, whatever was asked before, and handing it out must not
 * let a caller change what the next caller gets.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildNameIndex, findByName } from '../../../../renderer/domain/bank/match/names'
import { customer } from './matchingFixtures'

const customers = [
  customer('c1', 'Distribuciones Núñez, S.L.', 'Núñez Distribución', 'B12345674'),
  customer('c2', 'Restaurante Casa Pepe SL', 'Casa Pepe'),
  customer('c3', 'Mureșan Trans S.R.L.', 'Mureșan Trans'),
  customer('c4', 'Bar El Puerto', 'El Puerto'),
  customer('c5', 'Distribuciones Alimentarias Sierra Norte S.L.', 'Sierra Norte'),
  customer('c6', 'Casa Pepe Hijos S.L.', 'Pepe Hijos'),
  customer('c7', 'Juan García López', ''),
  customer('c8', 'García López Hermanos SA', 'Hermanos García'),
]
const WORDS = ['distribuciones', 'NUNEZ', 'casa', 'pepe', 'hijos', 'bar', 'el', 'puerto', 'muresan', 'trans', 'garcia', 'lopez', 'juan', 'sierra', 'norte', 'alimentarias', 'alim', 'SL', 'S.L.', 'hermanos', 'x']

describe('findByName remembered per index', () => {
  it('answers as a fresh index does, in any order of questions and scores', () => {
    const question = fc.tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')), fc.constantFrom(50, 70, 85))
    fc.assert(
      fc.property(fc.array(question, { minLength: 1, maxLength: 30 }), (questions) => {
        const warm = buildNameIndex(customers)
        for (const [name, score] of [...questions, ...questions.slice().reverse()]) {
          expect(findByName(warm, name, score), `${name} @${score}`).toEqual(findByName(buildNameIndex(customers), name, score))
        }
      }),
      { numRuns: 200 },
    )
  }, 30_000)

  it('hands out copies: a caller that changes its list changes nothing for the next one', () => {
    const index = buildNameIndex(customers)
    const first = findByName(index, 'CASA PEPE', 70)
    expect(first.map((h) => h.customerId)).toEqual(['c2', 'c6'])
    first.length = 0
    expect(findByName(index, 'CASA PEPE', 70).map((h) => h.customerId)).toEqual(['c2', 'c6'])
    expect(() => {
      ;(findByName(index, 'CASA PEPE', 70)[0] as { score: number }).score = 1
    }).toThrow()
    expect(findByName(index, 'CASA PEPE', 70)[0]?.score).toBeGreaterThan(70)
  })
})
