/** The labelled fixture kinds under tests/fixtures/pages/: true = a reader calls it an article. */
export const DETECTION_KINDS = {
  product: false,
  organisation: false,
  event: false,
  recipe: false,
  lyrics: false,
  video: false,
  forum: false,
  listing: false,
  landing: false,
  brief: true,
  blog: true,
} as const;
