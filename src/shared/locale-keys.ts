/** Locale keys built from data (pure, so tests and Node code can use them without the extension API). */

/** "news-agency" -> "type_news_agency". */
export const typeKey = (type: string): string => `type_${type.replace(/-/g, '_')}`;
