import { useEffect, useRef, type ReactNode } from 'react'
import './chart-frame.css'

interface ClaimRecordProps {
  /** The record's subject (a claim or event id): focus moves to the heading whenever it changes. */
  readonly recordId: string
  readonly heading: string
  readonly closeLabel: string
  readonly onClose: () => void
  /** The record itself: the figure or event with its claimant, date and sources. */
  readonly children: ReactNode
}

/**
 * The record behind a mark chosen on a chart, under the chart and outside its exported image. Focus moves to its
 * heading, so a keyboard or screen-reader user lands on what they opened.
 */
export function ClaimRecord({ recordId, heading, closeLabel, onClose, children }: ClaimRecordProps) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [recordId])
  return (
    <section className="claim-record" aria-labelledby={`claim-record-${recordId}`}>
      <h4 id={`claim-record-${recordId}`} ref={headingRef} tabIndex={-1} className="claim-record__title">
        {heading}
      </h4>
      {children}
      <button type="button" onClick={onClose}>
        {closeLabel}
      </button>
    </section>
  )
}
