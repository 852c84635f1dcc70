/**
 * Every detection reason code with an English and a German sentence, as a
 * plain object so the UI build can copy them into _locales (key: reason_<code>).
 */
export const REASON_CODES = {
  'jsonld-article': {
    en: 'The page describes itself as an article in its built-in page data.',
    de: 'Die Seite beschreibt sich in ihren eingebauten Seitendaten als Artikel.',
  },
  'og-type-article': {
    en: 'The page tells social networks that it is an article.',
    de: 'Die Seite gibt sich gegenüber sozialen Netzwerken als Artikel aus.',
  },
  'published-time': { en: 'A publication date is declared.', de: 'Ein Veröffentlichungsdatum ist angegeben.' },
  date: { en: 'A date is shown on the page.', de: 'Auf der Seite steht ein Datum.' },
  byline: { en: 'An author is named.', de: 'Ein Autor oder eine Autorin ist genannt.' },
  'article-element': {
    en: 'The main text is marked as an article in the page’s code.',
    de: 'Der Haupttext ist im Code der Seite als Artikel ausgezeichnet.',
  },
  'headline-paragraphs': {
    en: 'A headline is followed by body paragraphs.',
    de: 'Auf eine Überschrift folgen Textabsätze.',
  },
  'text-density': {
    en: 'The page has several long paragraphs of running text.',
    de: 'Die Seite hat mehrere lange Textabsätze.',
  },
  'url-shape': {
    en: 'The address looks like an article address (or a home page).',
    de: 'Die Adresse sieht nach einem Artikel aus (oder nach einer Startseite).',
  },
  'few-paragraphs': { en: 'There is little running text.', de: 'Es gibt kaum Fließtext.' },
  'many-links': { en: 'Most of the text is links.', de: 'Der Großteil des Textes sind Links.' },
  'listing-structure': {
    en: 'The page lists many teasers, like a front page or section.',
    de: 'Die Seite reiht viele Anrisse auf, wie eine Startseite oder ein Ressort.',
  },
  'search-page': { en: 'This looks like a search results page.', de: 'Das sieht nach einer Suchergebnisseite aus.' },
  'login-wall': { en: 'The page asks for a login.', de: 'Die Seite verlangt eine Anmeldung.' },
  'product-page': {
    en: 'This looks like a shop or sales page: prices, a cart button or product data.',
    de: 'Das sieht nach einem Shop oder einer Verkaufsseite aus: Preise, ein Warenkorb-Knopf oder Produktdaten.',
  },
  'video-page': {
    en: 'This is mainly a video or audio player with little text.',
    de: 'Das ist vor allem ein Video- oder Audio-Player mit wenig Text.',
  },
  'forum-thread': {
    en: 'This looks like a forum or Q&A thread: posts by several people, with reply buttons.',
    de: 'Das sieht nach einem Forum oder einer Frage-Antwort-Seite aus: Beiträge mehrerer Leute mit Antworten-Knöpfen.',
  },
  'company-page': {
    en: 'This looks like a company or organisation page (about us, services, team, contact).',
    de: 'Das sieht nach der Seite einer Firma oder eines Vereins aus (über uns, Leistungen, Team, Kontakt).',
  },
  'recipe-page': { en: 'This is a recipe: ingredients and steps.', de: 'Das ist ein Rezept: Zutaten und Zubereitung.' },
  'event-page': {
    en: 'This announces an event: date, venue and registration or tickets.',
    de: 'Das kündigt eine Veranstaltung an: Termin, Ort und Anmeldung oder Tickets.',
  },
  'verse-lines': {
    en: 'The text is in short lines, like a poem or song lyrics.',
    de: 'Der Text steht in kurzen Zeilen, wie ein Gedicht oder ein Liedtext.',
  },
  undated: {
    en: 'No date is given anywhere: news and blog posts are dated.',
    de: 'Nirgends steht ein Datum: Nachrichten und Blogbeiträge sind datiert.',
  },
  dateline: {
    en: 'The text opens with a news dateline (place and agency).',
    de: 'Der Text beginnt mit einer Ortsmarke (Ort und Agentur).',
  },
} as const satisfies Record<string, { en: string; de: string }>;

export type ReasonCode = keyof typeof REASON_CODES;
