/**
 * The readable report as a self-contained HTML page, for readers without a Markdown
 * viewer. Rendered from the report's own Markdown, which uses a small subset
 * (headings, paragraphs, lists, tables, details, code, bold, links): one source, two
 * forms that cannot disagree. Every piece of text is escaped.
 */

/** Escapes text for HTML content and attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Inline Markdown (already escaped): `code`, **bold**, [text](url) with http(s) or relative URLs only. */
function inline(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (_m, alt: string, src: string) =>
      /^(https?:\/\/|[\w./-]+$)/.test(src) ? `<img alt="${alt}" src="${src}">` : alt
    )
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, label: string, href: string) =>
      /^(https?:\/\/|[\w./-]+$)/.test(href) ? `<a href="${href}">${label}</a>` : label
    )
}

function cells(row: string): string[] {
  return row
    .replace(/^\|\s?/, '')
    .replace(/\s?\|$/, '')
    .split(/(?<!\\)\|/)
    .map(c => c.trim().replace(/\\\|/g, '|'))
}

function cellHtml(text: string): string {
  return text
    .split('<br>')
    .map(part => inline(part))
    .join('<br>')
}

/** Converts the report's Markdown to HTML body content. */
export function markdownToHtml(markdown: string): string {
  const lines = markdown.split('\n')
  const out: string[] = []
  let list = false
  const closeList = (): void => {
    if (list) out.push('</ul>')
    list = false
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const heading = /^(#{1,4}) (.*)$/.exec(line)
    const details = /^<details><summary>(.*)<\/summary>$/.exec(line)
    if (heading) {
      closeList()
      out.push(`<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`)
    } else if (details) {
      closeList()
      out.push(`<details><summary>${cellHtml(details[1]!)}</summary>`)
    } else if (line === '</details>') {
      closeList()
      out.push('</details>')
    } else if (line.startsWith('|') && lines[i + 1]?.startsWith('|---')) {
      closeList()
      const head = cells(line)
      out.push('<table>', `<thead><tr>${head.map(c => `<th>${cellHtml(c)}</th>`).join('')}</tr></thead>`, '<tbody>')
      i += 2
      for (; i < lines.length && lines[i]!.startsWith('|'); i++) {
        out.push(
          `<tr>${cells(lines[i]!)
            .map(c => `<td>${cellHtml(c)}</td>`)
            .join('')}</tr>`
        )
      }
      i--
      out.push('</tbody>', '</table>')
    } else if (/^- /.test(line)) {
      if (!list) out.push('<ul>')
      list = true
      out.push(`<li>${inline(line.slice(2))}</li>`)
    } else if (line.trim() === '') {
      closeList()
    } else {
      closeList()
      out.push(`<p>${inline(line)}</p>`)
    }
  }
  closeList()
  return out.join('\n')
}

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;color:#1f2328;line-height:1.45}
table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}code{background:#f6f8fa;padding:0 .2rem;border-radius:3px;font-size:90%;word-break:break-all}
h1{font-size:1.6rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}h2{font-size:1.25rem;margin-top:1.8rem}details{margin:.3rem 0}`

/** A complete HTML page for the report's Markdown. */
export function toReportHtml(markdown: string, title: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    markdownToHtml(markdown),
    '</body>',
    '</html>',
    ''
  ].join('\n')
}
