/** The screening model: a logistic score over a few candidate features. */
import { createHash } from 'node:crypto'

export const MODEL_VERSION = '2.3.1'
export const DECISION_THRESHOLD = 0.6
/** Scores this close to the threshold go to a human reviewer (Art.14). */
export const REVIEW_BAND = 0.1

export interface Candidate {
  years_experience: number
  skills_matched: number
  skills_required: number
  degree: boolean
  region: string
  /** Age band, logged for fairness audits (cohort queries); not a model feature. */
  age_band?: string
}

export interface Score {
  prediction: number
  confidence: number
  features: Record<string, number>
}

export function inputHash(payload: unknown): string {
  return createHash('sha256').update(JSON.stringify(payload)).digest('hex')
}

export function score(c: Candidate): Score {
  const features = {
    experience: Math.min(c.years_experience, 15) / 15,
    skills: c.skills_required === 0 ? 0 : c.skills_matched / c.skills_required,
    degree: c.degree ? 1 : 0
  }
  const z = -2.2 + 2.1 * features.experience + 2.6 * features.skills + 0.4 * features.degree
  const prediction = Math.round((1 / (1 + Math.exp(-z))) * 1e4) / 1e4
  const confidence = Math.round(Math.abs(prediction - DECISION_THRESHOLD) * 2 * 1e4) / 1e4
  return { prediction, confidence: Math.min(confidence, 1), features }
}
