/**
 * Pages the project generates itself, so the real-pages pass always has work without a corpus:
 * each carries one thing real pages break the popup with (long URLs, right-to-left and CJK text,
 * one attribution repeated thousands of times, thousands of outlets, page text that looks like markup).
 */
export interface PageCase {
  name: string;
  /** The URL the browser opens (http: the test server answers for every host). */
  url: string;
  /** The page as the server sends it: a string, or raw bytes whose charset the page declares. */
  body: string | Buffer;
  /** Text expected, as text, in the popup (page text that looks like markup). */
  literal?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function article(o: {
  lang: string;
  dir?: string;
  title: string;
  site: string;
  byline?: string;
  tags?: string[];
  paragraphs: string[];
  after?: string;
}): string {
  const tags = (o.tags ?? []).map((t) => `<meta property="article:tag" content="${esc(t)}">`).join('');
  return `<!doctype html><html lang="${o.lang}"${o.dir ? ` dir="${o.dir}"` : ''}><head><meta charset="utf-8"><title>${esc(o.title)}</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="${esc(o.site)}"><meta property="article:published_time" content="2025-03-04T10:00:00+01:00">${tags}
${o.byline ? `<meta name="author" content="${esc(o.byline)}">` : ''}</head><body><header><nav><a href="/">Start</a> <a href="/about">About</a></nav></header>
<main><article><h1>${esc(o.title)}</h1>${o.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}${o.after ?? ''}</article></main>
<footer><a href="/about">About</a> <a href="/privacy">Privacy</a> <a href="https://www.instagram.com/example">Instagram</a></footer></body></html>`;
}

const EN =
  'The council met on Tuesday evening and, after a long debate, voted to reorganise the bus routes in the north of the city so that the new housing estates are served as well. ';
const DE =
  'Der Stadtrat hat am Dienstagabend nach langer Debatte beschlossen, die Buslinien im Norden der Stadt neu zu ordnen, damit auch die neuen Wohngebiete angebunden werden. ';
const long = (domain: string, i: number) =>
  `https://www.${domain}/${'section/subsection/'.repeat(6)}story-${i}?utm_source=newsletter&utm_medium=email&utm_campaign=${'campaign'.repeat(20)}&ref=${'x'.repeat(160)}`;

function longUrls(): PageCase {
  const refs = ['reuters.com', 'bbc.co.uk', 'nytimes.com', 'theguardian.com', 'aljazeera.com']
    .flatMap((d) => [0, 1, 2, 3, 4].map((i) => `<li><a href="${long(d, i)}">${long(d, i)}</a></li>`))
    .join('');
  const word = 'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt';
  const hostile = '<img src=x onerror="document.title=1">';
  return {
    name: 'synthetic-long-urls-en',
    url: 'http://www.long-urls.example/2025/03/04/a-story-with-very-long-links',
    literal: hostile,
    body: article({
      lang: 'en',
      title: `Council reorganises bus routes ${hostile} ${word}`,
      site: 'The Extraordinarily Long Named Evening Chronicle And Weekly Advertiser Of The North',
      byline: 'The Extraordinarily Long Named Evening Chronicle And Weekly Advertiser Of The North',
      tags: [word, `${word}${word}`, '<b>bold tag</b>', ...Array.from({ length: 30 }, (_, i) => `Topic ${i}`)],
      paragraphs: [EN.repeat(3), `According to Reuters, ${EN}`, `${EN} the BBC reported. ${word}${word}`, EN.repeat(2)],
      after: `<h2>Sources</h2><ol>${refs}</ol>`,
    }),
  };
}

function repeatedAttribution(): PageCase {
  const paras = Array.from({ length: 150 }, () => `${'Laut Reuters stieg der Preis erneut. '.repeat(20)}`);
  return {
    name: 'synthetic-repeated-attribution-de',
    url: 'http://www.lokalblatt.example/politik/laut-reuters',
    body: article({
      lang: 'de',
      title: 'Laut Reuters, immer wieder',
      site: 'Lokalblatt',
      paragraphs: [DE.repeat(3), ...paras],
    }),
  };
}

function manyOutlets(): PageCase {
  const links = Array.from(
    { length: 2500 },
    (_, i) => `<a href="https://www.outlet${i}-news.com/story/${i}">Quelle ${i}</a>`,
  ).join(' ');
  return {
    name: 'synthetic-many-outlets-en',
    url: 'http://www.aggregator.example/roundup',
    body: article({
      lang: 'en',
      title: 'Everything everyone wrote today',
      site: 'Aggregator',
      paragraphs: [EN.repeat(3), links, EN.repeat(2)],
    }),
  };
}

function rtl(): PageCase {
  const ar =
    'قال مجلس المدينة مساء الثلاثاء إنه سيعيد تنظيم خطوط الحافلات في شمال المدينة بعد نقاش طويل، حتى تصل إلى الأحياء السكنية الجديدة. ';
  const he = 'מועצת העיר החליטה ביום שלישי בערב לארגן מחדש את קווי האוטובוס בצפון העיר. ';
  return {
    name: 'synthetic-rtl-ar-he',
    url: 'http://www.arabic-news.example/news/2025/03/04/bus',
    body: article({
      lang: 'ar',
      dir: 'rtl',
      title: 'مجلس المدينة يعيد تنظيم خطوط الحافلات في الشمال',
      site: 'أخبار المدينة',
      tags: ['مجلس المدينة', 'النقل العام', 'שמאל'],
      paragraphs: [
        ar.repeat(4),
        `وبحسب الجزيرة ${ar}`,
        `<a href="https://www.aljazeera.net/news/2025/3/4/${'حافلات-'.repeat(20)}">الجزيرة</a> ${ar}`,
        he.repeat(4),
        `<a href="https://www.ynet.co.il/news/article/${'x'.repeat(80)}">ynet</a> ${he}`,
      ],
    }),
  };
}

function cjk(): PageCase {
  const ja = '市議会は火曜日の夜、長い議論の末に市の北部のバス路線を再編し、新しい住宅地にも運行することを決めた。';
  const ko = '시의회는 화요일 저녁 긴 논의 끝에 시 북부의 버스 노선을 개편하기로 결정했다.';
  const zh = '市议会周二晚间经过长时间讨论，决定重新调整城市北部的公交线路。';
  return {
    name: 'synthetic-cjk-ja-ko-zh',
    url: 'http://www.japan-news.example/articles/20250304/bus',
    body: article({
      lang: 'ja',
      title: '市議会、北部のバス路線を再編　新しい住宅地にも運行へ　長い議論の末に決定したと発表',
      site: '市民新聞',
      tags: ['バス', '市議会', '北部の住宅地と公共交通の将来計画についての議論'],
      paragraphs: [
        ja.repeat(6),
        `読売新聞によると、${ja}`,
        `<a href="https://www.yomiuri.co.jp/national/20250304-OYT1T5${'0'.repeat(60)}/">読売新聞</a>${ja}`,
        ko.repeat(5),
        `<a href="https://www.yna.co.kr/view/AKR20250304${'0'.repeat(40)}">연합뉴스</a> ${ko}`,
        zh.repeat(6),
        `<a href="https://www.xinhuanet.com/politics/2025-03/04/c_${'1'.repeat(40)}.htm">新华社</a>${zh}`,
      ],
    }),
  };
}

function cyrillic(): PageCase {
  const ru =
    'Городской совет во вторник вечером после долгих дебатов решил изменить автобусные маршруты на севере города, чтобы обслуживать и новые жилые районы. ';
  return {
    name: 'synthetic-cyrillic-ru',
    url: 'http://www.gorod-news.example/news/2025/03/04/avtobusy',
    body: article({
      lang: 'ru',
      title: 'Горсовет меняет автобусные маршруты на севере города',
      site: 'Городские новости',
      byline: 'Городские новости',
      tags: ['Транспорт', 'Горсовет'],
      paragraphs: [
        ru.repeat(4),
        `Как сообщают «Ведомости», ${ru}`,
        `<a href="https://www.vedomosti.ru/politics/articles/2025/03/04/${'avtobus-'.repeat(20)}">Ведомости</a> ${ru}`,
        ru.repeat(3),
      ],
    }),
  };
}

export function syntheticPages(): PageCase[] {
  return [longUrls(), repeatedAttribution(), manyOutlets(), rtl(), cjk(), cyrillic()];
}
