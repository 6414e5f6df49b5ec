import type { Slide } from './deck'
import { ChangesSlide } from './changes-slide'
import { DeadlinesSlide } from './deadlines-slide'
import { DisputedSlide } from './disputed-slide'
import { SourcesSlide } from './sources-slide'
import { StatusSlide } from './status-slide'
import { StorySlide } from './story-slide'
import { TitleSlide } from './title-slide'

export function SlideBody({ slide, title }: { readonly slide: Slide; readonly title: string }) {
  switch (slide.kind) {
    case 'title':
      return <TitleSlide />
    case 'story':
      return <StorySlide steps={slide.steps} />
    case 'status':
      return <StatusSlide slide={slide} title={title} />
    case 'deadlines':
      return <DeadlinesSlide gantt={slide.gantt} title={title} />
    case 'changes':
      return <ChangesSlide slide={slide} />
    case 'disputed':
      return <DisputedSlide disputed={slide.disputed} notShown={slide.notShown} />
    case 'sources':
      return <SourcesSlide entries={slide.entries} later={slide.later} />
  }
}
