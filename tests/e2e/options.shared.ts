/** Settings the options tests start from: something in every section, so screenshots show real content. */
export const SAMPLE_SETTINGS = {
  version: 2,
  hoverCards: true,
  mentionMarks: false,
  disabledSites: ['example.org', 'news.example.com'],
  outletAdditions: [
    { name: 'Lokalblatt Nord', domain: 'lokalblatt-nord.de', country: 'DE', type: 'newspaper' },
    { name: 'Radio Ostsee', domain: 'radio-ostsee.de', country: 'DE', type: 'public-broadcaster' },
  ],
};

export const INVALID_FILE = JSON.stringify({
  app: 'source-lens',
  settings: { version: 2, hoverCards: 'yes', mentionMarks: true, disabledSites: [], outletAdditions: [] },
});
