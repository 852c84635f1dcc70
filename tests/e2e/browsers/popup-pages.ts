/** Generated pages for popup states the fixtures do not cover. Served by the fixture server's routes. */
const PARAGRAPH =
  'Der Stadtrat hat am Dienstagabend nach langer Debatte beschlossen, die Buslinien im Norden der Stadt neu zu ordnen. Die Verwaltung soll bis zum Sommer einen Plan vorlegen, der auch die Anbindung der neuen Wohngebiete berücksichtigt und die Takte in den Abendstunden verdichtet.';

/** An article that names no source at all: no links, no references, no attributions. */
export function nothingCitedPage(): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Stadtrat ordnet Buslinien neu</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-04T10:00:00+01:00">
<meta property="og:site_name" content="Lokalblatt"></head><body><main><article><h1>Stadtrat ordnet Buslinien neu</h1>
<p class="byline">Von Anna Beispiel</p>${Array.from({ length: 7 }, () => `<p>${PARAGRAPH}</p>`).join('\n')}</article></main></body></html>`;
}
