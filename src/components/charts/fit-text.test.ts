import { fitLines } from './fit-text'

/** Every character 1 unit wide at size 1. */
const measure = (text: string, size: number) => text.length * size

describe('fitLines', () => {
  it('keeps a text that fits as one line', () => {
    expect(fitLines('Gas market', 20, 1, 2, measure)).toEqual(['Gas market'])
  })

  it('wraps whole words and ends the last allowed line with an ellipsis', () => {
    expect(fitLines('Treaty on unified oil and gas markets', 12, 1, 2, measure)).toEqual(['Treaty on', 'unified oil…'])
  })

  it('cuts a single word longer than the line', () => {
    expect(fitLines('Intergovernmental', 8, 1, 1, measure)).toEqual(['Intergo…'])
  })
})
