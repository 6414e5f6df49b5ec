import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react'

/** The width a slide is laid out at before it is scaled into its box: a wide deck's, where every slide fits. */
const STAGE_WIDTH = 1280

/**
 * A slide laid out as on a full-width 16:9 stage, then scaled down to its box: the whole slide shows, as the
 * audience sees it, however narrow the box (type with a floor in rem would otherwise outgrow the slide).
 */
export function ScaledStage({ children }: { readonly children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null)
  const [scale, setScale] = useState(1)
  useLayoutEffect(() => {
    const element = box.current
    if (!element) return
    const fit = () => setScale(element.clientWidth / STAGE_WIDTH)
    fit()
    const observer = new ResizeObserver(fit)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  const style = { '--stage-width': `${STAGE_WIDTH}px`, '--stage-scale': scale } as CSSProperties
  return (
    <div ref={box} className="scaled-stage" style={style}>
      <div className="deck__stage scaled-stage__slide">{children}</div>
    </div>
  )
}
