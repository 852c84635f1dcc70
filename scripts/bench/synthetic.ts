/**
 * Synthetic articles for the scaling run: n paragraphs, each with a link to a
 * rotating set of outlets and an attribution, so every extractor has work.
 */
const OUTLETS = [
  ['www.reuters.com', 'Reuters'],
  ['www.aljazeera.com', 'Al Jazeera'],
  ['www.nytimes.com', 'The New York Times'],
  ['www.spiegel.de', 'Der Spiegel'],
  ['www.bbc.co.uk', 'BBC'],
  ['en.wikipedia.org', 'Wikipedia'],
  ['twitter.com', 'Twitter'],
  ['www.reddit.com', 'Reddit'],
];

export function syntheticArticle(n: number): string {
  const parts: string[] = [];
  parts.push(
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Synthetic article with ' + n + ' links</title>',
  );
  parts.push(
    '<meta property="og:type" content="article"><meta property="article:published_time" content="2025-01-19T08:30:00Z"></head><body><main><article><h1>Synthetic article</h1>',
  );
  for (let i = 0; i < n; i++) {
    const [host, name] = OUTLETS[i % OUTLETS.length];
    parts.push(
      `<p>Paragraph ${i} carries enough running text to look like an article body. According to ${name}, the figure rose by ${i % 97} percent; ` +
        `<a href="https://${host}/story/${i}">the report ${i}</a> has the details and the context of the week.</p>`,
    );
  }
  parts.push('</article></main></body></html>');
  return parts.join('\n');
}
