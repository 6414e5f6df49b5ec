import type { Slide } from './deck'
import { ChangesSlide } from './changes-slide'
import { DeadlinesSlide } from './deadlines-slide'
import { DisputedSlide } from './disputed-slide'
import { ProgressSlide } from './progress-slide'
import { SourcesSlide } from './sources-slide'
import { StatusSlide } from './status-slide'
import { TitleSlide } from './title-slide'

export function SlideBody({ slide, title }: { readonly slide: Slide; readonly title: string }) {
  switch (slide.kind) {
    case 'title':
      return <TitleSlide slide={slide} />
    case 'status':
      return <StatusSlide slide={slide} title={title} />
    case 'deadlines':
      return <DeadlinesSlide gantt={slide.gantt} asOf={slide.view.asOf} title={title} />
    case 'changes':
      return <ChangesSlide slide={slide} />
    case 'disputed':
      return <DisputedSlide disputed={slide.disputed} />
    case 'progress':
      return <ProgressSlide slide={slide} title={title} />
    case 'sources':
      return <SourcesSlide entries={slide.entries} later={slide.later} />
  }
}
