// The JSON files in data/ exactly as stored. Types inferred here never leave src/data:
// to-domain.ts turns them into the model in src/domain/types.ts.
import { z } from 'zod'
import { STEP_VISUALS } from '../domain/story-mode'
import { ITEM_SETS } from '../domain/types'
import { DEADLINE_STATES, EVENT_KINDS, OUTCOMES, STATUSES } from '../domain/vocabulary'
import { LANGS } from '../i18n/lang'
import { SOURCE_LANGUAGES } from '../i18n/source-languages'
import { quoteWordingIn } from '../i18n/localized-text'
import { readStoredText } from './stored-text'

// The Content-Security-Policy forbids eval. Without this, zod probes `new Function` when the first schema is built,
// and the browser reports the blocked probe as a policy violation. Must run before any schema below is built.
z.config({ jitless: true })

const MAX_TEXT = 2000

function isRealCalendarDate(value: string): boolean {
  const [year, month = 1, day = 1] = value.split('-').map(Number)
  if (year === undefined || month < 1 || month > 12) return false
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day >= 1 && day <= daysInMonth
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each a real calendar date. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealCalendarDate, 'not a real calendar date')

export const precisionSchema = z.enum(['day', 'month', 'year'])

const PRECISION_LENGTH = { year: 4, month: 7, day: 10 } as const

const MAX_QUOTE_WORDS = 12

const quoteSchema = z
  .object({
    lang: z.enum(SOURCE_LANGUAGES),
    original: z.string().trim().min(1).max(200),
    en: z.string().trim().min(1).max(200).optional(),
    ru: z.string().trim().min(1).max(200).optional(),
  })
  .refine((quote) => quote.lang === 'en' || quote.en !== undefined, {
    message: 'a quote not said in English needs its English translation (en)',
    path: ['en'],
  })
  .refine((quote) => quote.lang !== 'en' || quote.ru !== undefined, {
    message: 'a quote said in English needs its Russian translation (ru)',
    path: ['ru'],
  })
  .refine((quote) => quote.original.split(/\s+/).length <= MAX_QUOTE_WORDS, {
    message: `a quote is ${MAX_QUOTE_WORDS} words at most: paraphrase the rest`,
    path: ['original'],
  })

/**
 * A text a reader sees, as `{ "en": "…", "ru": "…" }` with the quotes it holds. A bare string is read as English
 * only: a user's own dataset may be English throughout (parse-dataset.ts rejects one that is bilingual in part).
 */
function localized(base: z.ZodType<string>) {
  const bilingual = z
    .object({
      en: base,
      ru: base.optional(),
      quotes: z.array(quoteSchema).optional(),
    })
    .transform(readStoredText)
    .superRefine((value, context) => {
      value.quotes.forEach((quote, index) => {
        for (const lang of LANGS) {
          const text = value[lang]
          const wording = quoteWordingIn(quote, lang)
          if (text !== null && !text.includes(wording)) {
            context.addIssue({
              code: 'custom',
              message: `the quote "${wording}" is not in the ${lang} text word for word`,
              path: ['quotes', index],
            })
          }
        }
      })
    })
  return z.union([base.transform(readStoredText), bilingual])
}

/** A date known to some precision. `inferred` marks dates derived from content ("Friday"), not stated. */
const datedFields = {
  date: partialDateSchema,
  precision: precisionSchema,
  inferred: z.boolean().optional(),
  dateNote: localized(z.string().trim().min(1).max(200)).optional(),
}

function precisionMatchesDate(value: { date: string; precision: keyof typeof PRECISION_LENGTH }): boolean {
  return value.date.length === PRECISION_LENGTH[value.precision]
}
const PRECISION_MESSAGE = { message: 'precision does not match the date (day = YYYY-MM-DD, month = YYYY-MM, year = YYYY)', path: ['precision'] }

export const datedSchema = z.object(datedFields).refine(precisionMatchesDate, PRECISION_MESSAGE)

const plainText = z.string().trim().min(1).max(MAX_TEXT)
const plainShortText = z.string().trim().min(1).max(300)
const text = localized(plainText)
const shortText = localized(plainShortText)
const note = (max: number) => localized(z.string().trim().min(1).max(max))
const idSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'expected letters, digits and hyphens')
const sourceIdsSchema = z.array(idSchema).min(1, 'every fact needs at least one source id')
const confidenceSchema = z.enum(['reported', 'inferred'])

/** Who made a claim: a person from people.json where there is one, and always a readable label. */
const claimantSchema = z.object({ personId: idSchema.optional(), label: shortText })

/** Parsed as the browser will (sources-table and the deck show its host), so a link that passes here opens there. */
function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\/[^\s]+$/i.test(value)) return false
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

const httpUrlSchema = z.string().max(2000).refine(isHttpUrl, 'expected an http(s) URL')

export const rawSourceSchema = z
  .object({
    id: z.string().regex(/^(SD\d|S\d{2,4})$/, 'expected SD0–SD9 or S01–S9999'),
    /** The publication's name as Russian and English readers know it ("Kommersant", «Коммерсантъ»). */
    publisher: shortText,
    /** In the interface languages; the one in the source's own language is its title as published. */
    title: shortText,
    /** The title as published, for a source in another language than the interface's. */
    originalTitle: plainShortText.optional(),
    ...datedFields,
    url: httpUrlSchema.optional(),
    seedFile: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, 'expected a seed file name like 000_abc.txt').optional(),
    language: z.enum(SOURCE_LANGUAGES),
    note: note(500).optional(),
  })
  .refine(precisionMatchesDate, PRECISION_MESSAGE)
  .refine((source) => source.url !== undefined || source.seedFile !== undefined, {
    message: 'a source needs a url or a seedFile',
    path: ['url'],
  })
  .refine((source) => (LANGS as readonly string[]).includes(source.language) || source.originalTitle !== undefined, {
    message: 'a source in a language the interface does not speak needs its title as published (originalTitle)',
    path: ['originalTitle'],
  })

const roleSchema = z.object({
  title: shortText,
  from: partialDateSchema.optional(),
  to: partialDateSchema.optional(),
  note: note(300).optional(),
  sources: sourceIdsSchema,
})

export const rawPersonSchema = z.object({
  id: idSchema,
  name: shortText,
  variants: z.array(plainShortText),
  country: z.enum(['BY', 'RU']),
  roles: z.array(roleSchema).min(1),
})

export const rawTopicSchema = z.object({
  id: idSchema,
  label: shortText,
  aliases: z.array(plainShortText),
})

export const statusSchema = z.enum(STATUSES)
export const outcomeSchema = z.enum(OUTCOMES)

/** Ids of the counts (C…), targets (T…) or events (E…) a status report cannot be squared with: a conflict kept. */
const contradictsSchema = z.array(z.string().regex(/^[CTE]\d{2,4}$/, 'expected a count, target or event id (C…, T…, E…)')).min(1)

const statusChangeSchema = z
  .object({
    ...datedFields,
    status: statusSchema,
    claimant: claimantSchema,
    summary: text,
    sources: sourceIdsSchema,
    confidence: confidenceSchema,
    contradicts: contradictsSchema.optional(),
  })
  .refine(precisionMatchesDate, PRECISION_MESSAGE)

const positionSchema = z
  .object({
    side: z.enum(['RU', 'BY']),
    ...datedFields,
    claimant: claimantSchema,
    summary: text,
    sources: sourceIdsSchema,
  })
  .refine(precisionMatchesDate, PRECISION_MESSAGE)

// Ids leave room beyond the bundled 31 roadmaps and 28 programmes: a dataset of the user's own may hold thousands.
export const rawRoadmapSchema = z.object({
  id: z.string().regex(/^RM\d{2,5}$/, 'expected RM01–RM99999'),
  title: shortText.nullable(),
  titleStatus: z.enum(['reported-roadmap', 'reported-area', 'not-public']),
  titleNote: note(500).optional(),
  topics: z.array(idSchema),
  summary: text.optional(),
  sources: sourceIdsSchema,
  history: z.array(statusChangeSchema).min(1),
  positions: z.array(positionSchema).optional(),
})

export const rawProgrammeSchema = z.object({
  id: z.string().regex(/^UP\d{2,5}$/, 'expected UP01–UP99999'),
  title: shortText.nullable(),
  titleStatus: z.enum(['reported', 'not-public']),
  titleNote: note(500).optional(),
  officialNumber: z.number().int().min(1).max(28).optional(),
  topics: z.array(idSchema),
  summary: text.optional(),
  sources: sourceIdsSchema,
  history: z.array(statusChangeSchema).min(1),
  positions: z.array(positionSchema).optional(),
})

export const rawReportedAreaSchema = z.object({
  id: idSchema,
  label: shortText,
  topics: z.array(idSchema).min(1),
  namedBy: shortText,
  sources: sourceIdsSchema,
})

export const rawCrosswalkSchema = z.object({
  roadmapId: z.string().regex(/^RM\d{2,5}$/),
  programmeId: z.string().regex(/^UP\d{2,5}$/).nullable(),
  areaId: idSchema.optional(),
  confidence: confidenceSchema,
  note: text,
  sources: sourceIdsSchema,
})

export const rawProgrammesFileSchema = z.object({
  programmes: z.array(rawProgrammeSchema),
  reportedAreas: z.array(rawReportedAreaSchema),
  crosswalk: z.array(rawCrosswalkSchema),
})

const outcomeRecordSchema = z
  .object({
    ...datedFields,
    outcome: outcomeSchema,
    metOn: partialDateSchema.optional(),
    movedTo: partialDateSchema.optional(),
    summary: text,
    sources: sourceIdsSchema,
  })
  .refine(precisionMatchesDate, PRECISION_MESSAGE)
  .refine((record) => record.outcome !== 'late' || record.metOn !== undefined, {
    message: 'a late outcome needs metOn (the date it was met)',
    path: ['metOn'],
  })
  .refine((record) => record.outcome !== 'moved' || record.movedTo !== undefined, {
    message: 'a moved outcome needs movedTo (the new due date)',
    path: ['movedTo'],
  })

export const cycleSchema = z.enum(['2019-roadmaps', '2021-programmes', '2024-package'])

export const rawTargetSchema = z.object({
  id: z.string().regex(/^T\d{2,4}$/, 'expected T01–T9999'),
  title: shortText,
  summary: text,
  topics: z.array(idSchema),
  cycle: cycleSchema,
  setBy: claimantSchema,
  setOn: datedSchema,
  due: datedSchema,
  dueNote: note(200).optional(),
  appliesTo: z.array(z.string().regex(/^(RM|UP)\d{2,5}$/)).optional(),
  outcomes: z.array(outcomeRecordSchema),
  sources: sourceIdsSchema,
})

export const rawCountSchema = z
  .object({
    id: z.string().regex(/^C\d{2,3}$/, 'expected C01–C999'),
    ...datedFields,
    cycle: cycleSchema,
    subject: z.enum(['roadmaps', 'programmes', 'directions', 'measures', 'tasks']),
    metric: z.enum(['total', 'agreed', 'open', 'completed', 'percent-done', 'behind-schedule']),
    value: z.number().nonnegative(),
    valueHigh: z.number().nonnegative().optional(),
    of: z.number().int().positive().nullable(),
    qualifier: z.enum(['exact', 'at-least', 'about', 'almost', 'more-than']),
    claimant: claimantSchema,
    summary: text,
    conflictGroup: idSchema.optional(),
    sources: sourceIdsSchema,
    confidence: confidenceSchema,
  })
  .refine(precisionMatchesDate, PRECISION_MESSAGE)
  .refine((count) => count.valueHigh === undefined || count.valueHigh > count.value, {
    message: 'valueHigh must be above value',
    path: ['valueHigh'],
  })

export const rawEventSchema = z
  .object({
    id: z.string().regex(/^E\d{3}$/, 'expected E001–E999'),
    ...datedFields,
    title: shortText,
    summary: text,
    actors: z.array(idSchema),
    actorLabels: z.array(shortText).optional(),
    topics: z.array(idSchema),
    milestone: z.boolean(),
    // The tracker's classification; a dataset written before it existed leaves it out, and its events have no kind.
    kind: z.enum(EVENT_KINDS).optional(),
    sources: sourceIdsSchema,
  })
  .refine(precisionMatchesDate, PRECISION_MESSAGE)

const dayDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').refine(isRealCalendarDate, 'not a real calendar date')

/**
 * A step of a story: the view it shows (a visual on a date, with filters and the items it points at), the one line
 * it says and the presenter's notes, on sources out by that date (consistency-rules.ts holds the date rule).
 */
export const rawStoryStepSchema = z
  .object({
    visual: z.enum(STEP_VISUALS),
    asOf: dayDateSchema,
    compare: dayDateSchema.optional(),
    set: z.enum(ITEM_SETS),
    topics: z.array(idSchema).optional(),
    statuses: z.array(statusSchema).optional(),
    outcomes: z.array(z.enum(DEADLINE_STATES)).optional(),
    items: z.array(z.string().regex(/^(RM|UP)\d{2,5}$/, 'expected a roadmap or programme id')).optional(),
    takeaway: note(160),
    notes: note(600),
    sources: sourceIdsSchema,
  })
  .refine((step) => (step.visual === 'changes') === (step.compare !== undefined), {
    message: 'a changes step needs the earlier date it compares with (compare), and only a changes step has one',
    path: ['compare'],
  })
  .refine((step) => step.compare === undefined || step.compare < step.asOf, {
    message: 'compare must be before asOf',
    path: ['compare'],
  })

export const rawStorySchema = z.object({
  id: idSchema,
  title: shortText,
  steps: z.array(rawStoryStepSchema).min(1),
})

/** One schema per file in data/; the keys are the file names, a contract relied on outside the app. */
export const DATA_FILE_SCHEMAS = {
  'sources.json': z.array(rawSourceSchema),
  'people.json': z.array(rawPersonSchema),
  'topics.json': z.array(rawTopicSchema),
  'roadmaps.json': z.array(rawRoadmapSchema),
  'programmes.json': rawProgrammesFileSchema,
  'targets.json': z.array(rawTargetSchema),
  'counts.json': z.array(rawCountSchema),
  'events.json': z.array(rawEventSchema),
  /** The stories the deck plays, the default first; a user's own dataset may leave the file out. */
  'story.json': z.array(rawStorySchema),
} as const

export type DataFileName = keyof typeof DATA_FILE_SCHEMAS
export const DATA_FILE_NAMES = Object.keys(DATA_FILE_SCHEMAS) as DataFileName[]

export type RawSource = z.infer<typeof rawSourceSchema>
export type RawPerson = z.infer<typeof rawPersonSchema>
export type RawTopic = z.infer<typeof rawTopicSchema>
export type RawRoadmap = z.infer<typeof rawRoadmapSchema>
export type RawProgrammesFile = z.infer<typeof rawProgrammesFileSchema>
export type RawTarget = z.infer<typeof rawTargetSchema>
export type RawCount = z.infer<typeof rawCountSchema>
export type RawEvent = z.infer<typeof rawEventSchema>
export type RawStory = z.infer<typeof rawStorySchema>
