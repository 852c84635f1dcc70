/**
 * What several extractors read from the same page, read once per analysis:
 * the <meta> map and the parsed JSON-LD. Title, metadata and tags each used to
 * query every <meta> per key and parse the JSON-LD again; on a page with 150
 * metas and 10 kB of JSON-LD that was most of the analysis.
 * A Page lives for one analysis only: nothing is cached on the document, so a
 * page that changes (SPA navigation, late content) is read afresh next time.
 */
import { attr, squash, textOf } from './dom';
import { isLdArticle, parseLd, type LdNode } from './jsonld';

export interface Page {
  doc: Document;
  url: string;
  /** Content of the first meta whose property/name/itemprop (any of its words, any case) is one of `keys`, in key order. */
  meta(...keys: string[]): string;
  /** Every meta content for exactly this property/name, in page order. */
  metaAll(key: string): string[];
  /** All JSON-LD objects on the page (graphs and arrays flattened), in page order. */
  ld(): LdNode[];
  /** The first JSON-LD object of an article type. */
  ldArticle(): LdNode | undefined;
}

const LD_TYPE = /ld\+json/i;
const WS = /\s/;

/** <meta>'s name and content through their reflected properties (one cheap read in browsers), else the attribute. */
function reflected(m: Element, key: 'name' | 'content'): string {
  try {
    const v = (m as HTMLMetaElement)[key];
    return typeof v === 'string' ? v : attr(m, key);
  } catch {
    return attr(m, key);
  }
}

interface MetaEntry {
  el: Element;
  names: string[];
  exact: string;
  /** The content as written, read on first need: most of a page's metas are never asked for. */
  raw: string | null;
}

const contentOf = (e: MetaEntry): string => (e.raw ??= reflected(e.el, 'content'));

/** A new Page: extractors take one as an optional last argument and make their own when called alone. */
export function pageOf(doc: Document, url = ''): Page {
  return createPage(doc, url);
}

function createPage(doc: Document, url: string): Page {
  let metas: MetaEntry[] | null = null;
  let byName: Map<string, MetaEntry[]> | null = null;
  let ld: LdNode[] | null = null;
  let ldArt: LdNode | undefined | null = null;
  const readMetas = (): MetaEntry[] => {
    if (metas) return metas;
    metas = [];
    byName = new Map();
    let list: ArrayLike<Element> = [];
    try {
      list = doc.getElementsByTagName('meta');
    } catch {
      list = [];
    }
    for (let i = 0; i < list.length && i < 2000; i++) {
      const m = list[i];
      const prop = attr(m, 'property');
      const name = prop ? '' : reflected(m, 'name');
      const n = (prop || name || attr(m, 'itemprop')).toLowerCase();
      if (!n) continue;
      const e: MetaEntry = {
        el: m,
        names: WS.test(n) ? n.split(/\s+/) : [n],
        exact: (prop || name).toLowerCase(),
        raw: null,
      };
      metas.push(e);
      for (const k of e.names) {
        const same = byName.get(k);
        if (same) same.push(e);
        else byName.set(k, [e]);
      }
    }
    return metas;
  };
  return {
    doc,
    url,
    meta(...keys: string[]): string {
      readMetas();
      for (const key of keys) {
        // The first of the key's metas with content; trim() blanks exactly what squash() would.
        for (const e of byName!.get(key.toLowerCase()) ?? []) if (contentOf(e).trim()) return squash(contentOf(e));
      }
      return '';
    },
    metaAll(key: string): string[] {
      const k = key.toLowerCase();
      const out: string[] = [];
      for (const e of readMetas()) if (e.exact === k && contentOf(e).trim()) out.push(squash(contentOf(e)));
      return out;
    },
    ld(): LdNode[] {
      if (ld) return ld;
      ld = [];
      // The tag collection, not a selector: no selector match against every element of the page.
      let scripts: ArrayLike<Element> = [];
      try {
        scripts = doc.getElementsByTagName('script');
      } catch {
        scripts = [];
      }
      for (let i = 0; i < scripts.length && ld.length < 500; i++) {
        if (LD_TYPE.test(attr(scripts[i], 'type'))) parseLd(textOf(scripts[i]), ld);
      }
      return ld;
    },
    ldArticle(): LdNode | undefined {
      if (ldArt === null) ldArt = this.ld().find(isLdArticle);
      return ldArt;
    },
  };
}
