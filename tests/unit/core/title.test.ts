/**
 * Title rules, one page shape each. Every case is a shape seen on real news
 * sites; the corpus figures are in `npm run eval`.
 */
import { describe, expect, it } from 'vitest';
import { extractTitle } from '../../../src/core/title';
import { linkedom } from './helpers';

const ld = (o: Record<string, unknown>) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', ...o })}</script>`;
const page = (head: string, body = '') => linkedom(`<html><head>${head}</head><body>${body}</body></html>`);
const og = (v: string) => `<meta property="og:title" content="${v}">`;

describe('extractTitle', () => {
  it('takes the Open Graph headline when JSON-LD adds a kicker in front of it', () => {
    const doc = page(
      ld({ '@type': 'NewsArticle', headline: 'Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig' }) +
        og('Judy Lybke, ganz und gar nicht eigenartig'),
    );
    expect(extractTitle(doc, 'https://www.n-tv.de/kultur/x.html')).toBe('Judy Lybke, ganz und gar nicht eigenartig');
  });

  it('keeps the JSON-LD headline when Open Graph only adds the site to it', () => {
    const doc = page(
      ld({ '@type': 'NewsArticle', headline: 'Port workers end strike' }) +
        og('Port workers end strike | Harbour Times'),
    );
    expect(extractTitle(doc, 'https://harbourtimes.example/a')).toBe('Port workers end strike');
  });

  it('skips a metadata title that is only the site name once the suffix is cut', () => {
    const doc = page(
      og('Yahoo News | Yahoo') +
        '<meta property="og:site_name" content="Yahoo News"><title>Russia: Space ship malfunctions</title>',
    );
    expect(extractTitle(doc, 'https://news.yahoo.com/russia-space-ship.html')).toBe('Russia: Space ship malfunctions');
  });

  it('does not cut a segment that only mentions the site', () => {
    const doc = page(og('How we designed Dropbox’s ATF - an async task framework'));
    expect(extractTitle(doc, 'https://dropbox.tech/infrastructure/atf')).toBe(
      'How we designed Dropbox’s ATF - an async task framework',
    );
  });

  it('still cuts a segment that is the site', () => {
    const doc = page(og('Silicon Valley Bank: Fed räumt Versäumnisse ein - DER SPIEGEL'));
    expect(extractTitle(doc, 'https://www.spiegel.de/wirtschaft/x')).toBe(
      'Silicon Valley Bank: Fed räumt Versäumnisse ein',
    );
  });

  it('skips a metadata title that is the site name and slogan', () => {
    const doc = page(
      og('Yahoo News - Latest News & Headlines') +
        '<meta name="application-name" content="Yahoo News - Latest News &amp; Headlines"><title>Russia: Space ship malfunctions, breaks up over Siberia</title>',
    );
    expect(extractTitle(doc, 'https://news.yahoo.com/russia-space-ship.html')).toBe(
      'Russia: Space ship malfunctions, breaks up over Siberia',
    );
  });

  it('keeps a short title when the cut part is the site and the <h1> agrees', () => {
    const doc = page('<title>New Zealand - Wikipedia</title>', '<h1>New Zealand</h1><p>Text.</p>');
    expect(extractTitle(doc, 'https://en.wikipedia.org/wiki/New_Zealand')).toBe('New Zealand');
  });

  it('keeps the whole short title when nothing says the cut part is the site', () => {
    const doc = page('<title>Lorem - Ipsum</title>', '<h1>Base URL test</h1>');
    expect(extractTitle(doc, 'https://example.test/a')).toBe('Lorem - Ipsum');
  });

  it('cuts a Korean "Headline-Section ㅣ Site" suffix', () => {
    const doc = page(
      og("장동혁, 한동훈 제명했지만… '윤 어게인' 절연-정치ㅣ한국일보") +
        '<meta property="og:site_name" content="한국일보">',
    );
    expect(extractTitle(doc, 'https://www.hankookilbo.com/news/article/1')).toBe(
      "장동혁, 한동훈 제명했지만… '윤 어게인' 절연",
    );
  });

  it('prefers the JSON-LD headline over its name when the headline is the visible <h1>', () => {
    const head = ld({
      '@type': 'NewsArticle',
      headline: 'Iran zrezygnował z drugiej rundy rozmów z USA',
      name: 'Iran odmawia udziału w rozmowach - rp.pl',
    });
    const doc = page(
      head + '<title>Iran odmawia udziału w rozmowach - rp.pl</title>',
      '<h1>Iran zrezygnował z drugiej rundy rozmów z USA</h1>',
    );
    expect(extractTitle(doc, 'https://www.rp.pl/konflikty/art1')).toBe('Iran zrezygnował z drugiej rundy rozmów z USA');
  });

  it('takes the JSON-LD name when the headline is a description the page shows nowhere', () => {
    const head = ld({
      '@type': 'Article',
      headline: 'Wikimedia list article',
      name: 'List of films featuring time loops',
    });
    const doc = page(
      head + '<title>List of films featuring time loops - Wikipedia</title>',
      '<h1>List of films featuring time loops</h1>',
    );
    expect(extractTitle(doc, 'https://en.wikipedia.org/wiki/List_of_films_featuring_time_loops')).toBe(
      'List of films featuring time loops',
    );
  });
});
