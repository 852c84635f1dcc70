/**
 * JSON-LD and microdata reading, shared by detection and metadata.
 * Pages ship broken JSON, nested @graph arrays and megabyte blobs: parse
 * defensively, cap sizes, flatten iteratively.
 */

export type LdNode = Record<string, unknown>;

const MAX_SCRIPT = 500_000;
const MAX_NODES = 500;

export const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'liveblogposting',
  'socialmediaposting',
  'scholarlyarticle',
  'techarticle',
  'report',
  'satiricalarticle',
  'medicalscholarlyarticle',
  'advertisercontentarticle',
  'review',
  'criticreview',
  'posting',
]);

/** Parses one JSON-LD script text and appends its objects (graphs and arrays flattened) to `out`. */
export function parseLd(raw: string, out: LdNode[]): void {
  if (!raw || raw.length > MAX_SCRIPT) return;
  let data: unknown;
  try {
    // Old CMSs wrap the JSON in an HTML comment; looking for it costs a scan of the whole text only when it is there.
    data = JSON.parse(raw.includes('<!--') ? raw.replace(/^\s*<!--|-->\s*$/g, '') : raw);
  } catch {
    return;
  }
  const stack: unknown[] = [data];
  while (stack.length && out.length < MAX_NODES) {
    const v = stack.shift();
    if (Array.isArray(v)) stack.unshift(...(v as unknown[]).slice(0, MAX_NODES));
    else if (v && typeof v === 'object') {
      const o = v as LdNode;
      out.push(o);
      if (Array.isArray(o['@graph'])) stack.unshift(...(o['@graph'] as unknown[]).slice(0, MAX_NODES));
      const main = o.mainEntity ?? o.mainEntityOfPage;
      if (main && typeof main === 'object' && !Array.isArray(main) && (main as LdNode)['@type']) stack.push(main);
    }
  }
}

export function ldTypes(o: LdNode): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, '').toLowerCase());
}

export const isLdArticle = (o: LdNode): boolean => ldTypes(o).some((t) => ARTICLE_TYPES.has(t));

/** A string from a JSON-LD value that may be a string, an array or {name}. */
export function ldString(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(ldString).filter(Boolean).join(', ');
  if (v && typeof v === 'object') {
    const o = v as LdNode;
    return ldString(o.name ?? o['@value'] ?? '');
  }
  return '';
}
