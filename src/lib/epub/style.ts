/**
 * The EPUB's stylesheet: reading-system defaults do most of the work; this keeps what the
 * site's CSS did for meaning. Chinese is set horizontally, left to right, with closing
 * punctuation never starting a line.
 */
export const epubCss = `html { writing-mode: horizontal-tb; }
body { line-height: 1.6; }
:lang(zh) { line-break: strict; }
h1, h2, h3 { line-height: 1.3; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; }
sup.note-ref { font-size: 0.75em; line-height: 0; }
aside.footnote { font-size: 0.9em; margin: 0.5em 0 1em; padding-left: 0.75em; border-left: 2px solid #aaa; }
figure { margin: 1.5em 0; }
img.chart-image { display: block; width: 100%; height: auto; margin: 0.5em 0; }
.chart-kicker, .chart-notes, .summary { font-size: 0.9em; }
.chart-key-swatch { display: none; }
table { border-collapse: collapse; font-size: 0.85em; width: 100%; }
th, td { border-bottom: 1px solid #aaa; padding: 0.25em; text-align: left; vertical-align: top; }
td.num { text-align: right; white-space: nowrap; }
section.story-inline { border-top: 1px solid #aaa; border-bottom: 1px solid #aaa; margin: 1.5em 0; padding: 0.5em 0; }
`;
