/**
 * Attributions as newsrooms write them (issue 13), one block per class, in
 * German and English. The sentences are written for these tests; the outlets
 * are a small directory built here, so every expectation can fail on its own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { analyzeText } from '../../../src/core/analyze-text';
import { textBlocks } from '../../../src/core/blocks';
import { findMentions } from '../../../src/core/mentions';
import { findPublisher } from '../../../src/core/publisher';
import { createDirectory, type Outlet } from '../../../src/outlets';
import type { OutletType } from '../../../src/core/types';
import { linkedom } from './helpers';

type Marked = Outlet & { needsContext?: string[] };
const o = (
  id: string,
  name: string,
  aliases: string[],
  domains: string[],
  country: string,
  type: OutletType,
  languages: string[] = [],
): Marked => ({ id, name, aliases, domains, country, languages, type, owner: null });

const OUTLETS: Marked[] = [
  o('reuters', 'Reuters', [], ['reuters.com'], 'GB', 'news-agency', ['en']),
  o('ap', 'Associated Press', ['AP', 'The Associated Press'], ['apnews.com'], 'US', 'news-agency', ['en']),
  o('afp', 'Agence France-Presse', ['AFP'], ['afp.com'], 'FR', 'news-agency', ['fr', 'en', 'de']),
  o('dpa', 'Deutsche Presse-Agentur', ['dpa'], ['dpa.com'], 'DE', 'news-agency', ['de']),
  o('pti', 'Press Trust of India', ['PTI'], ['ptinews.com'], 'IN', 'news-agency', ['en']),
  o('sid', 'Sport-Informations-Dienst', ['sid', 'SID'], ['sid.de'], 'DE', 'news-agency', ['de']),
  o('xinhua', 'Xinhua News Agency', ['Xinhua'], ['xinhuanet.com'], 'CN', 'state-media', ['zh', 'en']),
  o('axios', 'Axios', [], ['axios.com'], 'US', 'digital-native', ['en']),
  o('cnn', 'CNN', [], ['cnn.com'], 'US', 'broadcaster', ['en']),
  o('bbc', 'BBC', ['BBC News'], ['bbc.co.uk', 'bbc.com'], 'GB', 'public-broadcaster', ['en']),
  o('zdf', 'ZDF', [], ['zdf.de'], 'DE', 'public-broadcaster', ['de']),
  o('ndr', 'NDR', [], ['ndr.de'], 'DE', 'public-broadcaster', ['de']),
  o('zeit', 'Die Zeit', ['Zeit'], ['zeit.de'], 'DE', 'newspaper', ['de']),
  o('tsp', 'Der Tagesspiegel', ['Tagesspiegel'], ['tagesspiegel.de'], 'DE', 'newspaper', ['de']),
  o('stern', 'Stern', [], ['stern.de'], 'DE', 'magazine', ['de']),
  o('nyt', 'The New York Times', ['New York Times'], ['nytimes.com'], 'US', 'newspaper', ['en']),
  o('kleine', 'Kleine Zeitung', [], ['kleinezeitung.at'], 'AT', 'newspaper', ['de']),
  o('wa', 'Westfälischer Anzeiger', [], ['wa.de'], 'DE', 'newspaper', ['de']),
  o('tagi', 'Tages-Anzeiger', [], ['tagesanzeiger.ch'], 'CH', 'newspaper', ['de']),
  o('politico', 'Politico', [], ['politico.com'], 'US', 'digital-native', ['en']),
  o('ntv', 'n-tv', ['ntv'], ['n-tv.de'], 'DE', 'broadcaster', ['de']),
  o('figaro', 'Le Figaro', [], ['lefigaro.fr'], 'FR', 'newspaper', ['fr']),
  o('rtl', 'RTL', [], ['rtl.de'], 'DE', 'broadcaster', ['de']),
];
const dir = createDirectory(OUTLETS);
const names = (text: string, lang: string | null = null) =>
  findMentions(textBlocks(text), dir, new Set(), { lang }).map((f) => f.entry.name);
const texts = (text: string, lang: string | null = null) =>
  findMentions(textBlocks(text), dir, new Set(), { lang }).map((f) => f.text);
const cited = (text: string, url: string, lang: string) => analyzeText(text, { directory: dir, url, lang });

describe('wire datelines and credits', () => {
  const outletsOf = (text: string, lang = 'en') =>
    cited(`Headline of the story\n${text}`, 'https://paper.example/a', lang).references.map((r) => r.outlet);
  it('reads US datelines with a state and a date', () => {
    expect(
      outletsOf('PORTLAND, Ore. (AP) — Officials said on Monday that the bridge would stay closed for weeks.'),
    ).toEqual(['Associated Press']);
    expect(
      outletsOf('KATHMANDU, April 25 (Reuters) - Rescue teams reached the village late on Tuesday, officials said.'),
    ).toEqual(['Reuters']);
  });
  it('reads closing credit lines of agency codes', () => {
    expect(outletsOf('The match was played in front of a full stadium on Sunday evening.\ndpa/AFP/lho', 'de')).toEqual([
      'Deutsche Presse-Agentur',
      'Agence France-Presse',
    ]);
    expect(outletsOf('The minister left the meeting early and gave no statement.\n— PTI')).toEqual([
      'Press Trust of India',
    ]);
    expect(outletsOf('Der Trainer wollte sich nach dem Spiel nicht äußern, hieß es. (sid)', 'de')).toEqual([
      'Sport-Informations-Dienst',
    ]);
  });
  it('reads "contributed reporting"', () => {
    expect(outletsOf('The talks went on late into the night.\nReuters contributed reporting.')).toEqual(['Reuters']);
  });
  it('reads the dateline of an article written in <div>s beside a page of teaser <p>s', () => {
    const para = (t: string) => `<div class="para">${t}</div>`;
    const html = `<html><body><div class="card"><p>Read next: a longer teaser about the markets and the weather this week.</p>
      <p>Also read: how the harbour towns prepare for a dry summer and what it costs them.</p></div>
      <div class="body">${para('GENEVA/BRUSSELS, May 4 (Reuters) - The talks on the grain deal ended without an agreement late on Tuesday, two diplomats said.')}
      ${para('Both sides said they would meet again next month, and neither gave a date for the next round of the talks.')}
      ${para('The deal had let ships leave the ports for almost a year before it lapsed in the summer, officials said.')}</div>
      <div class="note"><p>Our standards: the principles that guide how every story on this site is reported.</p></div></body></html>`;
    const r = analyze(linkedom(html), { url: 'https://paper.example/world/grain', directory: dir });
    expect(r.references.filter((x) => x.kind === 'dateline').map((x) => x.outlet)).toEqual(['Reuters']);
  });
  it('reads an article whose paragraphs are <div>s of <span>s and links', () => {
    const para = (a: string, b: string) => `<div class="text"><span>${a}</span><a href="/more">${b}</a></div>`;
    const html = `<html><body><div class="card"><p>Read next: a longer teaser about the markets and the weather this week.</p>
      <p>Also read: how the harbour towns prepare for a dry summer and what it costs them.</p></div>
      <div class="story">${para('The ferry was cancelled again on Friday, documents obtained by ', 'Reuters show, and nobody said why.')}
      ${para('Residents of the island have waited for a new timetable since the spring, ', 'and the council has promised one twice.')}
      ${para('The operator blamed a shortage of crews for most of the cancellations this year, ', 'a claim the union disputes.')}</div></body></html>`;
    const r = analyze(linkedom(html), { url: 'https://paper.example/local/ferry', directory: dir });
    expect(r.mentions.map((m) => m.outlet)).toEqual(['Reuters']);
  });
  it('takes no photo credit for a credit line', () => {
    expect(outletsOf('The talks went on late into the night.\n(Jane Doe / AP)')).toEqual([]);
  });
});

describe('German press style', () => {
  it('reads names in every kind of quotation mark', () => {
    expect(names('Das berichtet die „Zeit“ am Montag.')).toEqual(['Die Zeit']);
    expect(names('Wie »Stern« berichtet, ist die Lage ernst.')).toEqual(['Stern']);
    expect(names('Laut «Politico» gab es keine Einigung.')).toEqual(['Politico']);
  });
  it('reads hyphen compounds', () => {
    expect(names('Nach „Tagesspiegel“-Informationen prüfen die Ermittler den Fall.')).toEqual(['Der Tagesspiegel']);
    expect(names('Das sagte sie in der BBC-Radiosendung am Sonntag.')).toEqual(['BBC']);
    expect(names('Im ZDF-Interview wich der Minister der Frage aus.')).toEqual(['ZDF']);
  });
  it('undoes inflection of articles and adjectives', () => {
    expect(names('Das sagte Experte Max Muster der Deutschen Presse-Agentur.', 'de')).toEqual([
      'Deutsche Presse-Agentur',
    ]);
    expect(names('Das sagte ein Sprecher der Kleinen Zeitung am Freitag.', 'de')).toEqual(['Kleine Zeitung']);
    expect(names('Das sagte Meteorologe Max Muster dem Westfälischen Anzeiger.', 'de')).toEqual([
      'Westfälischer Anzeiger',
    ]);
    expect(names('Das sagte der Autor dem Züricher „Tages-Anzeiger“.', 'de')).toEqual(['Tages-Anzeiger']);
  });
  it('reads noun-phrase attributions', () => {
    expect(names('Nach Informationen des NDR wurde das Verfahren eingestellt.')).toEqual(['NDR']);
    expect(names('Laut Recherchen der „New York Times“ floss das Geld über Umwege.')).toEqual(['The New York Times']);
    expect(names('Eine Recherche der „Zeit“ hatte die Debatte ausgelöst.')).toEqual(['Die Zeit']);
    expect(names('Das hat sie dem Tagesspiegel im vergangenen Jahr erzählt.', 'de')).toEqual(['Der Tagesspiegel']);
    expect(names('Dem Stern zufolge ist der Vertrag unterschrieben.')).toEqual(['Stern']);
  });
  it('reads descriptors before the name, and names joined by "und"', () => {
    expect(texts('Das meldete die Nachrichtenagentur Reuters am Abend.')).toEqual([
      'meldete die Nachrichtenagentur Reuters',
    ]);
    expect(names('Wie der britische Sender BBC am Dienstag berichtete, ist der Streik vorbei.')).toEqual(['BBC']);
    expect(names('Jüngst berichteten die französischsprachigen Medien Le Figaro und RTL darüber.')).toEqual([
      'Le Figaro',
      'RTL',
    ]);
  });
  it('reads plural past verbs and a name after a preposition at the sentence start', () => {
    expect(texts('Auf CNN berichteten die Moderatoren stundenlang über den Sturm.', 'de')).toEqual(['CNN berichteten']);
    expect(names('Bei Politico erklärten zwei Diplomaten, der Plan sei gescheitert.', 'de')).toEqual(['Politico']);
  });
  it('reads a descriptor-named outlet whose lead story, editorial or front page the sentence cites', () => {
    expect(names('Mit einem Leitartikel wandte sich das Magazin „Stern“ gegen die Pläne.', 'de')).toEqual(['Stern']);
    expect(
      names('Mit einem Aufmacher auf Englisch hat sich die Zeitung „Politico“ gegen den Plan gestellt.', 'de'),
    ).toEqual(['Politico']);
    expect(names('The website Politico ran an editorial against the plan.', 'en')).toEqual(['Politico']);
    expect(names('Das Magazin „Stern“ liegt am Kiosk neben den anderen Heften.', 'de')).toEqual([]);
  });
  it('keeps the mention text an exact substring of the line', () => {
    const line = 'Das sagte der Autor dem Züricher „Tages-Anzeiger“ am Freitag.';
    for (const t of texts(line, 'de')) expect(line.includes(t)).toBe(true);
  });
});

describe('English noun phrases and descriptors', () => {
  it('reads descriptors and report nouns', () => {
    expect(names('The announcement was carried by the state-run Xinhua News Agency, which gave no figures.')).toEqual(
      [],
    );
    expect(names('He told the state-run Xinhua News Agency that talks would resume.')).toEqual(['Xinhua News Agency']);
    expect(names('The plan was dropped, according to a new Axios report.')).toEqual(['Axios']);
    expect(names('A CNN poll this week has the senator at 39 percent.')).toEqual(['CNN']);
  });
  it('reads the outlet as agent or medium', () => {
    expect(names('The memo was first reported by Politico on Friday.')).toEqual(['Politico']);
    expect(names('Speaking to CNN, the governor defended the decision.')).toEqual(['CNN']);
    expect(names('Jane Doe, writing in The New York Times, called it a mistake.')).toEqual(['The New York Times']);
    expect(names('The deal is worth $2 billion, per Axios.')).toEqual(['Axios']);
    expect(names('Documents obtained by The Associated Press show the delay.')).toEqual(['Associated Press']);
    expect(names('An analysis of census data by The Associated Press found the gap.')).toEqual(['Associated Press']);
  });
  it('reads the outlet as the publisher of a piece ("ran a profile", "carried a report")', () => {
    expect(texts('Two years later, Politico ran a profile of the donor behind the fund.', 'en')).toEqual([
      'Politico ran a profile',
    ]);
    expect(names('That week the Associated Press carried a report on the closures.', 'en')).toEqual([
      'Associated Press',
    ]);
    expect(names('Later, CNN ran out of time before the vote.', 'en')).toEqual([]);
  });
  it('reads the outlet as the medium of a writing verb ("in X") or the client of a poll ("for X")', () => {
    expect(texts('The economist argued last month in Politico that the cuts would fail.', 'en')).toEqual([
      'in Politico',
    ]);
    expect(names('A survey of 2,000 adults conducted by Acme Research for Axios found a slim lead.', 'en')).toEqual([
      'Axios',
    ]);
    // studies are published in journals; a medium too far from its verb is no longer its clause's
    expect(names('A study published in the Baltic Journal of Surgery found the same.', 'en')).toEqual([]);
    expect(names('The senator noted with some irony and a smile in Politico offices that nobody came.', 'en')).toEqual(
      [],
    );
  });
  it('reads the outlet as the "to" object of a speech verb in its clause', () => {
    expect(names('His family confirmed the news to CNN on Monday.')).toEqual(['CNN']);
    expect(names('She said she wanted to leave, and CNN was not told.')).toEqual([]);
  });
});

describe('outlets the directory does not know', () => {
  it('reports a descriptor-named outlet as not in the directory', () => {
    const r = cited(
      'Titel\nDas berichtete die palästinensische Nachrichtenagentur Wafa am Dienstag.',
      'https://zeitung.example/a',
      'de',
    );
    expect(r.mentions.map((m) => [m.outlet, m.inDirectory])).toEqual([['Wafa', false]]);
    expect(r.outlets.map((s) => [s.name, s.category, s.inDirectory])).toEqual([['Wafa', 'news', false]]);
  });
  it('keeps the domain the text gives', () => {
    const r = cited(
      'Titel\nDas sagte der Trainer dem Portal „sport.example“ nach dem Spiel.',
      'https://zeitung.example/a',
      'de',
    );
    expect(r.mentions.map((m) => [m.outlet, m.domain, m.inDirectory])).toEqual([
      ['sport.example', 'sport.example', false],
    ]);
  });
  it('reads English descriptors too', () => {
    expect(names('The figures were cited by the Hong Kong outlet HK01 on Monday.')).toEqual(['HK01']);
  });
  it('reads a title the directory lacks by its head noun, after an attribution phrase', () => {
    expect(names('She told Springfield Magazine that the shop would close.', 'en')).toEqual(['Springfield Magazine']);
    expect(names('Das sagte der Trainer dem Oberländer Kurier nach dem Spiel.', 'de')).toEqual(['Oberländer Kurier']);
    expect(names('He told Free Press Editor Jane Doe nothing.', 'en')).toEqual([]);
  });
  it('takes no ordinary noun after a descriptor for a name', () => {
    expect(names('Das sagte er gegenüber Medien Anfang der Woche.', 'de')).toEqual([]);
  });
});

describe("the publisher's own citations", () => {
  it('marks citations of the page host as self and leaves them out of the breakdown', () => {
    const r = cited(
      'Title\nA Nato official told CNN that the talks had stalled. The minister told the BBC the same.',
      'https://edition.cnn.com/2026/world/story',
      'en',
    );
    expect(r.mentions.map((m) => [m.outlet, m.self ?? false])).toEqual([
      ['CNN', true],
      ['BBC', false],
    ]);
    expect(r.outlets.find((s) => s.name === 'CNN')?.self).toBe(true);
    expect(r.breakdown.byCategory.news).toBe(1);
    // no outside source to check: the audit lists the BBC's unreferenced mention, not CNN's own
    expect(r.audit.unreferencedMentions).toEqual([r.mentions[1].id]);
  });
  it('marks a credit of the publisher as self', () => {
    const r = cited(
      'Titel\nDer Text des Artikels steht hier und ist lang genug.\nQuelle: ntv.de, dpa',
      'https://www.n-tv.de/politik/artikel',
      'de',
    );
    expect(r.references.map((x) => [x.domain, x.self ?? false])).toEqual([
      ['ntv.de', true],
      ['dpa.com', false],
    ]);
    expect(r.audit.unmentionedReferences).toEqual([r.references[1].id]);
  });
  it("marks the owner of the page's host as self", () => {
    const r = cited(
      'Title\nThe minister told AFP that the figures were wrong.',
      'https://factcheck.afp.com/doc/1',
      'en',
    );
    expect(r.mentions.map((m) => [m.outlet, m.self ?? false])).toEqual([['Agence France-Presse', true]]);
  });
  it("reads the interviewer's outlet that opens a question line of a transcript", () => {
    const r = cited(
      'Titel\nZDF: Herr Muster, warum kam die Warnung so spät?\nMax Muster: Weil niemand die Daten hatte. Ist das ein Vorwurf?',
      'https://www.zdf.de/nachrichten/a',
      'de',
    );
    expect(r.mentions.map((m) => [m.text, m.outlet, m.self ?? false])).toEqual([['ZDF:', 'ZDF', true]]);
    expect(names('ZDF: Die Sendung beginnt heute erst um acht Uhr.', 'de')).toEqual([]);
  });
  it('finds the publisher by site name and by brand', () => {
    const p = findPublisher(dir, { url: 'https://example.org/x', siteName: 'ZDF' });
    expect(p.ids.has('zdf')).toBe(true);
    expect(findPublisher(dir, { url: 'https://www.kleinezeitung.at/a' }).ids.has('kleine')).toBe(true);
  });
});

describe('false friends', () => {
  // A directory as #17 marks it: names that are everyday words need evidence.
  const marked = createDirectory([
    ...OUTLETS,
    { ...o('welt', 'Die Welt', ['Welt'], ['welt.de'], 'DE', 'newspaper', ['de']), needsContext: ['Welt'] },
    { ...o('moment', 'Moment', [], ['moment.at'], 'AT', 'digital-native', ['de']), needsContext: ['Moment'] },
    {
      ...o('times', 'The Times', ['Times'], ['thetimes.co.uk'], 'GB', 'newspaper', ['en']),
      needsContext: ['The Times', 'Times'],
    },
    { ...o('ln', 'Lübecker Nachrichten', ['LN'], ['ln-online.de'], 'DE', 'newspaper', ['de']), needsContext: ['LN'] },
  ]);
  const m = (text: string, url: string, lang: string) =>
    analyzeText(`Titel\n${text}`, { directory: marked, url, lang }).mentions.map((x) => x.outlet);
  it('needs evidence for marked names', () => {
    expect(m('Die ganze Welt berichtet über den Gipfel.', 'https://zeitung.example/a', 'de')).toEqual([]);
    expect(m('Im Moment schreibt niemand darüber.', 'https://zeitung.example/a', 'de')).toEqual([]);
    expect(m('Das berichtet die „Welt“ am Sonntag.', 'https://zeitung.example/a', 'de')).toEqual(['Die Welt']);
    expect(m('Das berichtet die Zeitung Welt am Sonntag.', 'https://zeitung.example/a', 'de')).toEqual(['Die Welt']);
  });
  it('resolves "the Times" to an outlet of the page country only', () => {
    expect(m('The Times reported that the plan had been shelved.', 'https://www.nytimes.com/2026/a', 'en')).toEqual([]);
    expect(m('The Times reported that the plan had been shelved.', 'https://www.bbc.co.uk/news/a', 'en')).toEqual([
      'The Times',
    ]);
  });
  it('takes a generic word for an outlet for no outlet', () => {
    expect(names('Darüber berichtet die Tageszeitung am Montag.', 'de')).toEqual([]);
  });
  it("reads a marked acronym beside the attribution phrase as an outlet of the copy's language only", () => {
    const acr = createDirectory([
      { ...o('ap', 'Associated Press', ['AP'], ['apnews.com'], 'US', 'news-agency', ['en']), needsContext: ['AP'] },
      { ...o('ln', 'Lübecker Nachrichten', ['LN'], ['ln-online.de'], 'DE', 'newspaper', ['de']), needsContext: ['LN'] },
    ]);
    const a = (text: string, lang: string) =>
      analyzeText(`Titel\n${text}`, { directory: acr, url: 'https://news.example.ca/a', lang }).mentions.map(
        (x) => x.outlet,
      );
    expect(a('The mayor told the AP in an interview that the bridge would reopen.', 'en')).toEqual([
      'Associated Press',
    ]);
    expect(a('El ministro dijo a LN que el puente volvería a abrir.', 'es')).toEqual([]);
    expect(a('Laut LN wird die Brücke im Mai wieder geöffnet.', 'de')).toEqual(['Lübecker Nachrichten']);
  });
  it('does not read "der Welt" after a preposition as the paper', () => {
    expect(m('Er sagte, in der Welt gebe es nichts Vergleichbares.', 'https://zeitung.example/a', 'de')).toEqual([]);
  });
});

describe('precision: names inside longer names, acronyms the text defines, cues inside compounds', () => {
  const more = createDirectory([
    ...OUTLETS,
    o('fa', 'Foreign Affairs', [], ['foreignaffairs.com'], 'US', 'magazine', ['en']),
    o('nbcnews', 'NBC News', ['NBC'], ['nbcnews.com'], 'US', 'broadcaster', ['en']),
    o('nbc-na', 'NBC (Namibia)', ['Namibian Broadcasting Corporation'], ['nbc.na'], 'NA', 'public-broadcaster', ['en']),
  ]);
  const n = (text: string, lang = 'en') =>
    findMentions(textBlocks(text), more, new Set(), { lang }).map((f) => f.entry.name);
  it('takes "Foreign Affairs" after "Ministry of" for the tail of a ministry, even when the text writes "ministry" too', () => {
    expect(
      n('The strikes hit three towns, the Ministry of Foreign Affairs said. The ministry gave no figures.'),
    ).toEqual([]);
    expect(n('Foreign Affairs said in an editorial that the talks had failed.')).toEqual(['Foreign Affairs']);
  });
  it('reads an acronym the text defines in parentheses as the outlet it defines', () => {
    const text =
      'She spoke in an interview with the Namibian Broadcasting Corporation (NBC) on Sunday. Beside her during the NBC interview sat the speaker.';
    expect(n(text)).toEqual(['NBC (Namibia)', 'NBC (Namibia)']);
    // undefined, on a page of no known country, a brand of two countries' outlets names neither
    expect(n('Beside her during the NBC interview sat the speaker.')).toEqual([]);
  });
  it('resolves a brand that outlets of several countries share to the page country only', () => {
    const sky = createDirectory([
      ...OUTLETS,
      o('skynews', 'Sky News', ['Sky'], ['news.sky.com'], 'GB', 'broadcaster', ['en']),
      o('skysports', 'Sky Sports', [], ['skysports.com'], 'GB', 'broadcaster', ['en']),
      o('skytg24', 'Sky TG24', [], ['tg24.sky.it'], 'IT', 'broadcaster', ['it']),
    ]);
    const at = (text: string, url: string, lang: string) =>
      analyzeText(`Titel\n${text}`, { directory: sky, url, lang }).mentions.map((x) => x.outlet);
    expect(
      at(
        '„Wir waren nicht gut genug“, sagte der Trainer bei „Sky“ nach dem Spiel.',
        'https://www.zdf.de/sport/a',
        'de',
      ),
    ).toEqual([]);
    expect(at('The minister told Sky that the talks would resume.', 'https://www.bbc.co.uk/news/a', 'en')).toEqual([
      'Sky News',
    ]);
    expect(at('Das berichtete Sky News am Abend.', 'https://www.zdf.de/sport/a', 'de')).toEqual(['Sky News']);
  });
  it('takes no compound noun ending in "berichte" for an attribution cue', () => {
    expect(n('Die Behörde darf das Magazin Stern in ihren Verfassungsschutzberichten erwähnen.', 'de')).toEqual([]);
    expect(n('Das Magazin Stern wird in Medienberichten oft zitiert.', 'de')).toEqual(['Stern']);
  });
});
