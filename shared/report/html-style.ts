// Inline stylesheet of the HTML report. System fonts only: the file must make
// no external requests. Colours always come with a text label (badges say the
// verdict in words), so the report stays readable in black-and-white print.
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1d2433; --muted: #5b6475; --rule: #d5d9e0; --paper: #fff; --soft: #f5f6f8;
  --red: #b42318; --red-bg: #fef3f2; --green: #067647; --green-bg: #ecfdf3; --amber: #93370d; --amber-bg: #fffaeb;
  --grey: #475467; --grey-bg: #f2f4f7; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--soft); color: var(--ink); font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 62rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; background: var(--paper); }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.4rem 0 .8rem; padding-bottom: .3rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.05rem; margin: 0 0 .4rem; line-height: 1.35; }
h4 { font-size: .8rem; margin: .9rem 0 .3rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
p { margin: .35rem 0; }
.meta { color: var(--muted); font-size: .9rem; }
.lead { margin: .2rem 0 1rem; }
nav ol { margin: .3rem 0 0; padding-left: 1.3rem; columns: 2; font-size: .92rem; }
a { color: inherit; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr)); gap: .6rem; margin: .8rem 0; }
.card { border: 1px solid var(--rule); border-left-width: 5px; border-radius: 6px; padding: .5rem .7rem; }
.card b { display: block; font-size: 1.6rem; line-height: 1.1; }
.card span { font-size: .85rem; color: var(--muted); }
.v-contradicted { border-left-color: var(--red); }
.v-corroborated { border-left-color: var(--green); }
.v-single-sourced { border-left-color: var(--amber); }
.v-unreviewed { border-left-color: var(--grey); border-left-style: dashed; }
.badge { display: inline-block; font-size: .72rem; font-weight: 700; letter-spacing: .03em; text-transform: uppercase;
  padding: .08rem .45rem; border-radius: 4px; border: 1px solid currentColor; vertical-align: .12em; margin-right: .35rem; white-space: nowrap; }
.b-contradicted { color: var(--red); background: var(--red-bg); }
.b-corroborated { color: var(--green); background: var(--green-bg); }
.b-single-sourced { color: var(--amber); background: var(--amber-bg); }
.b-unreviewed { color: var(--grey); background: var(--grey-bg); border-style: dashed; }
.legend { font-size: .9rem; border: 1px solid var(--rule); border-radius: 6px; padding: .5rem .8rem; background: var(--soft); }
.legend ul { margin: .2rem 0; padding-left: 1.1rem; }
.claim { border: 1px solid var(--rule); border-left-width: 5px; border-radius: 6px; padding: .8rem 1rem; margin: 0 0 1rem; }
.status { font-size: .92rem; }
.unreviewed-note { font-weight: 600; color: var(--grey); }
.warn { color: var(--red); font-weight: 600; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: .6rem; }
.side { border: 1px solid var(--rule); border-radius: 6px; padding: .5rem .7rem; background: var(--red-bg); }
.side .value { font-weight: 700; }
blockquote { margin: .3rem 0; padding: .1rem 0 .1rem .8rem; border-left: 3px solid var(--rule); font-style: normal; }
mark { background: #fff1b8; color: inherit; padding: 0 .1em; }
cite { font-style: normal; font-size: .86rem; color: var(--muted); display: block; }
ol.evidence, ul.plain { margin: .2rem 0; padding-left: 1.2rem; }
ol.evidence li { margin-bottom: .5rem; }
.override { font-weight: 600; color: var(--amber); }
ul.bare { list-style: none; margin: 0; padding: 0; }
ul.bare li + li { margin-top: .2rem; }
.nowrap { white-space: nowrap; }
table.names td:nth-child(3) { width: 34%; }
.note { background: var(--amber-bg); border-radius: 4px; padding: .35rem .6rem; }
.history { font-size: .84rem; color: var(--muted); }
table { width: 100%; border-collapse: collapse; font-size: .88rem; margin: .5rem 0 1rem; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--rule); padding: .35rem .45rem; }
th { background: var(--soft); font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.hash { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .76rem; word-break: break-all; }
.empty { color: var(--muted); font-style: italic; }
footer { margin-top: 2.5rem; padding-top: .6rem; border-top: 1px solid var(--rule); font-size: .85rem; color: var(--muted); }
@media (max-width: 40rem) { .sides { grid-template-columns: 1fr; } nav ol { columns: 1; } main { padding: 1rem; } }
@media print {
  @page { size: A4; margin: 16mm 14mm 18mm; }
  body { background: #fff; font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav { display: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3, h4 { break-after: avoid; }
  .claim, .card, .side, tr, blockquote { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .badge, .side, .note, mark, th, .card { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { text-decoration: none; }
}
`;
