import { isDrawn, parseColour, pictureAttributes, type PictureProperty } from './svg-style'

const style =
  (values: Partial<Record<PictureProperty, string>>) =>
  (property: PictureProperty): string =>
    values[property] ?? ''

describe('parseColour', () => {
  it.each([
    ['rgb(18, 21, 27)', { hex: '#12151b', alpha: 1 }],
    ['rgba(0, 0, 0, 0.45)', { hex: '#000000', alpha: 0.45 }],
    ['rgb(0 114 178 / 0.5)', { hex: '#0072b2', alpha: 0.5 }],
    ['color(srgb 1 0.5 0)', { hex: '#ff8000', alpha: 1 }],
    ['#abc', { hex: '#aabbcc', alpha: 1 }],
    ['none', { hex: 'none', alpha: 1 }],
    ['transparent', { hex: 'none', alpha: 0 }],
  ])('reads %s', (value, colour) => {
    expect(parseColour(value)).toEqual(colour)
  })

  it('leaves what is not a colour to the caller', () => {
    expect(parseColour('url("#p-open")')).toBeNull()
    expect(parseColour('light-dark(#fff, #000)')).toBeNull()
  })
})

describe('pictureAttributes', () => {
  it('writes every look of the root, colours as hex and sizes as plain numbers', () => {
    const root = style({ fill: 'rgb(20, 24, 31)', 'font-size': '12px', 'font-family': 'system-ui, sans-serif' })
    expect(pictureAttributes(root, null)).toEqual([
      ['fill', '#14181f'],
      ['font-family', 'system-ui, sans-serif'],
      ['font-size', '12'],
    ])
  })

  it('writes an inherited property only where it differs from the parent’s', () => {
    const parent = style({ fill: 'rgb(20, 24, 31)', 'font-size': '12px' })
    const child = style({ fill: 'rgb(20, 24, 31)', 'font-size': '14px', 'text-anchor': 'middle' })
    expect(pictureAttributes(child, parent)).toEqual([
      ['font-size', '14'],
      ['text-anchor', 'middle'],
    ])
  })

  it('writes a property that is not inherited whenever it is off its default', () => {
    const parent = style({ opacity: '0.5', 'dominant-baseline': 'central' })
    expect(pictureAttributes(style({ opacity: '0.5', 'dominant-baseline': 'auto' }), parent)).toEqual([
      ['opacity', '0.5'],
    ])
    expect(pictureAttributes(style({ opacity: '1', 'dominant-baseline': 'central' }), parent)).toEqual([
      ['dominant-baseline', 'central'],
    ])
  })

  it('splits a colour’s alpha into the paint’s opacity and keeps pattern references', () => {
    const own = style({
      fill: 'url("http://127.0.0.1/?view=charts#spr5-open")',
      stroke: 'rgba(255, 255, 255, 0.25)',
      'stroke-dasharray': '3px, 2px',
    })
    expect(pictureAttributes(own, style({}))).toEqual([
      ['fill', 'url(#spr5-open)'],
      ['stroke', '#ffffff'],
      ['stroke-opacity', '0.25'],
      ['stroke-dasharray', '3, 2'],
    ])
  })

  it('writes a fully transparent paint as none', () => {
    expect(pictureAttributes(style({ fill: 'rgba(0, 0, 0, 0)' }), style({}))).toEqual([['fill', 'none']])
  })
})

describe('isDrawn', () => {
  it.each([
    ['inline', 'visible', true],
    ['none', 'visible', false],
    ['inline', 'hidden', false],
  ])('display %s, visibility %s: %s', (display, visibility, drawn) => {
    expect(isDrawn(display, visibility)).toBe(drawn)
  })
})
