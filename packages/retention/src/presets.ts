/**
 * Sector presets and the provider horizon: each a floor with the instruments it comes
 * from, quoted in the check evidence so a reader can verify the number. Where the
 * period depends on national law, the preset says so instead of inventing a number.
 */
import { days, years, type Duration } from './duration.js'

/** A legal or documentary source of a floor. */
export interface Citation {
  /** The instrument, such as `Regulation (EU) 2024/1689 (AI Act)`. */
  instrument: string
  /** Article and paragraph, such as `Art.26(6)`. */
  provision: string
  /** What the provision requires, in our words. */
  requires: string
}

/** A named floor. */
export interface Preset {
  /** Preset name as given to the `preset` input. */
  name: 'finance' | 'health' | 'employment'
  /** One line for reports. */
  title: string
  /** The floor the preset sets. */
  duration: Duration
  /** AI Act articles the preset engages, for the checks. */
  articles: string[]
  /** Where the number comes from. */
  citations: Citation[]
  /** What the number does not cover; read these before relying on it. */
  limits: string[]
}

const AI_ACT = 'Regulation (EU) 2024/1689 (AI Act)'

/** The AI Act's own floor, which every run applies. */
export const ART19_FLOOR: Citation[] = [
  {
    instrument: AI_ACT,
    provision: 'Art.19(1)',
    requires:
      'providers keep the automatically generated logs under their control for a period appropriate to the intended purpose, of at least six months, unless Union or national law provides otherwise'
  },
  {
    instrument: AI_ACT,
    provision: 'Art.26(6)',
    requires:
      'deployers keep the automatically generated logs under their control for a period appropriate to the intended purpose, of at least six months, unless Union or national law provides otherwise'
  }
]

/** The default floor: six months. Six calendar months span 181 to 184 days; 183 is the seed's figure. */
export const DEFAULT_MIN_DAYS = 183

/** Every preset, by name. */
export const PRESETS: Record<Preset['name'], Preset> = {
  finance: {
    name: 'finance',
    title: 'financial institutions: logs kept as financial-services documentation, five years',
    duration: years(5),
    articles: ['Art.19(2)', 'Art.26(6)'],
    citations: [
      {
        instrument: AI_ACT,
        provision: 'Art.19(2), Art.26(6) second subparagraph',
        requires:
          'providers and deployers that are financial institutions subject to internal-governance requirements under Union financial services law keep the logs as part of the documentation kept under that law'
      },
      {
        instrument: 'Directive (EU) 2015/849 (fourth Anti-Money Laundering Directive)',
        provision: 'Art.40(1)',
        requires:
          'customer due diligence documents and transaction records are kept for five years after the end of the business relationship or the date of an occasional transaction; Member States may allow or require further retention of up to five more years'
      },
      {
        instrument: 'Regulation (EU) 2024/1624 (Anti-Money Laundering Regulation), applying from 10 July 2027',
        provision: 'Art.77',
        requires:
          'the same records are kept for five years after the end of the business relationship or the date of the occasional transaction; competent authorities may require up to five more years'
      }
    ],
    limits: [
      'The five years run from the end of the business relationship or the date of the transaction, not from the day a log is written: for relationships that last, logs must be kept longer than the preset.',
      'Which financial services law governs the documentation, and so the period, depends on the institution and on the use of the AI system; national law and supervisors may require more.'
    ]
  },
  health: {
    name: 'health',
    title: 'AI systems that are or are part of medical devices: ten years',
    duration: years(10),
    articles: ['Art.19(1)', 'Art.26(6)'],
    citations: [
      {
        instrument: 'Regulation (EU) 2017/745 (Medical Devices Regulation)',
        provision: 'Art.10(8)',
        requires:
          'manufacturers keep the technical documentation, the EU declaration of conformity and certificates available to the competent authorities for at least ten years after the last device covered by the declaration has been placed on the market, fifteen years for implantable devices'
      }
    ],
    limits: [
      'The AI Act sets no health-specific log period; the preset takes the device documentation period of the Medical Devices Regulation as the floor.',
      'That period runs from when the last device is placed on the market, not from when a log is written.',
      'Implantable devices need fifteen years: set min-days to 5479.',
      'Where logs form part of a patient record, national law sets the period, often longer; it is not in the preset.'
    ]
  },
  employment: {
    name: 'employment',
    title: 'employment and recruitment (Annex III point 4): six months unless national law requires more',
    duration: days(DEFAULT_MIN_DAYS),
    articles: ['Art.26(6)'],
    citations: [
      ART19_FLOOR[1]!,
      {
        instrument: 'Regulation (EU) 2016/679 (GDPR)',
        provision: 'Art.5(1)(e)',
        requires:
          'personal data is kept no longer than necessary for its purposes: an upper bound that a longer retention must justify'
      }
    ],
    limits: [
      'No Union instrument sets a longer period for the logs of AI systems used in recruitment or employment; the preset is the AI Act floor.',
      'National law decides any longer period (limitation periods for discrimination claims, employment record-keeping rules) and it differs between Member States: set min-days to the period your national law requires.'
    ]
  }
}

/** The preset names the `preset` input accepts. */
export const PRESET_NAMES = ['none', 'finance', 'health', 'employment'] as const

/** Seed 000's provider horizon. */
export const TEN_YEAR_HORIZON: { duration: Duration; citations: Citation[]; limits: string[] } = {
  duration: years(10),
  citations: [
    {
      instrument: 'Seed 000 (pipeline security and logging infrastructure)',
      provision: 'Immutability',
      requires:
        'the WORM retention period is set to ten years from the date the system is placed on the market, plus a margin for administrative processing'
    },
    {
      instrument: AI_ACT,
      provision: 'Art.18(1)',
      requires:
        'providers keep the technical documentation, quality management system documentation and declaration of conformity for ten years after the system has been placed on the market or put into service'
    }
  ],
  limits: [
    'The AI Act does not require logs to be kept ten years: Art.18(1) is about documentation. The horizon is the provider-side recommendation of seed 000.',
    'A store keeps each log for a fixed period from when it is written, so the gate requires ten years (plus the margin) from every log, which is stricter than ten years from placing on the market.'
  ]
}
