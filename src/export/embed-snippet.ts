// The code a site pastes to show a chart or view of the tracker: an iframe, and a few lines that let the frame
// set its own height. The embedded page posts {type: EMBED_HEIGHT_MESSAGE, height} to its host whenever its
// content changes height; the host's lines accept it only from this tracker's origin and only for the frame that
// sent it.

export const EMBED_HEIGHT_MESSAGE = 'roadmap-tracker:height'

/** The frame's height before the first message arrives (or where the host runs no script). */
export const EMBED_START_HEIGHT = 560

export interface EmbedSnippetInput {
  /** The embedded page's address (with embed= and the view's filters, date, language and theme). */
  readonly url: string
  /** The frame's accessible name. */
  readonly title: string
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** The origin the host must accept messages from: "null" for a page opened from a file, which cannot embed. */
export function embedOrigin(url: string): string {
  return new URL(url).origin
}

export function embedSnippet({ url, title }: EmbedSnippetInput): string {
  const origin = JSON.stringify(embedOrigin(url))
  return [
    `<iframe src="${attribute(url)}" title="${attribute(title)}" width="100%" height="${EMBED_START_HEIGHT}" style="border:0;max-width:100%" loading="lazy" data-roadmap-tracker></iframe>`,
    `<script>addEventListener("message",function(e){if(e.origin!==${origin}||!e.data||e.data.type!==${JSON.stringify(EMBED_HEIGHT_MESSAGE)})return;document.querySelectorAll("iframe[data-roadmap-tracker]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.ceil(e.data.height)+"px"})})</script>`,
  ].join('\n')
}
