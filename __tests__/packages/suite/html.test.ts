/** The HTML form of the report: the same content as the Markdown, every text escaped. */
import { escapeHtml, markdownToHtml, toReportHtml } from '@ai-act-gates/suite'

test('renders the subset the report uses', () => {
  const md = [
    '# ✅ Pipeline audit record: A: PASS',
    '',
    'Record: `out/audit-record.json`, see [the run](https://github.com/o/r/actions/runs/1)',
    '',
    '| # | gate | result |',
    '|---|---|---|',
    '| 0 | **hash** | a \\| b<br>c |',
    '',
    '- one `x`',
    '- two',
    '',
    '<details><summary>build: success</summary>',
    '',
    '- 1. Set up job: success',
    '',
    '</details>'
  ].join('\n')
  expect(markdownToHtml(md)).toBe(
    [
      '<h1>✅ Pipeline audit record: A: PASS</h1>',
      '<p>Record: <code>out/audit-record.json</code>, see <a href="https://github.com/o/r/actions/runs/1">the run</a></p>',
      '<table>',
      '<thead><tr><th>#</th><th>gate</th><th>result</th></tr></thead>',
      '<tbody>',
      '<tr><td>0</td><td><strong>hash</strong></td><td>a | b<br>c</td></tr>',
      '</tbody>',
      '</table>',
      '<ul>',
      '<li>one <code>x</code></li>',
      '<li>two</li>',
      '</ul>',
      '<details><summary>build: success</summary>',
      '<ul>',
      '<li>1. Set up job: success</li>',
      '</ul>',
      '</details>'
    ].join('\n')
  )
})

test('escapes whatever a gate or a user wrote, and drops links that are not http(s) or relative', () => {
  const html = markdownToHtml('- <script>alert(1)</script> & [x](javascript:alert(1))\n- message "quoted" <b>')
  expect(html).not.toContain('<script>')
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; x')
  expect(html).toContain('message &quot;quoted&quot; &lt;b&gt;')
  expect(escapeHtml('<a href="x">')).toBe('&lt;a href=&quot;x&quot;&gt;')
  expect(toReportHtml('# t', 'a <title>')).toContain('<title>a &lt;title&gt;</title>')
})
