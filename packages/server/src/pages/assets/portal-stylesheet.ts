import { minifyCss } from './minify-css.js';

/** The one stylesheet of the reporter pages and the console: system fonts, logical properties for right-to-left, no image. */
export const portalStylesheet = minifyCss(`
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%;scroll-padding-top:4.5rem}
body{margin:0;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1b1b1b;background:#fff}
header,main,footer,.notices{display:block;max-width:42rem;margin:0 auto;padding:0 1rem}
.console header,.console main{max-width:72rem}
main{padding-block:.5rem 1.5rem}
main:focus{outline:none}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 .75rem}
h2{font-size:1.3rem;margin:1.5rem 0 .5rem}
a{color:#0b4f9c;text-underline-offset:.15em}
:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}
input:focus-visible,select:focus-visible,textarea:focus-visible{box-shadow:0 0 0 3px #ffbf47}
.skip{position:absolute;inset-inline-start:.5rem;top:-4rem;padding:.5rem;background:#fff;z-index:3}
.skip:focus{top:4rem}
.exit-bar{position:sticky;top:0;z-index:2;display:flex;gap:1rem;align-items:center;padding:.5rem max(1rem,calc(50% - 20rem));background:#fff;border-bottom:1px solid #b1b4b6}
.exit{flex:none;display:inline-block;min-height:2.75rem;padding:.6rem 1rem;background:#a4121c;color:#fff;font-weight:700;text-decoration:none}
.exit:hover{background:#7d0d15}
.exit-help{font-size:.875rem;color:#4b4b4b}
@media (max-width:40rem){.exit-help{display:none}}
.hotline{display:flex;gap:.75rem;align-items:center;margin:.5rem 0 0;padding:.25rem .5rem;font-weight:700;color:#1b1b1b;background:#f3f2f1}
.hotline img{display:block;height:2.5rem;width:auto;max-width:10rem}
.brand{margin:.5rem 0 0;font-weight:700;font-size:1.125rem;line-height:1.3}
.brand a{color:#1b1b1b;text-decoration:none}
.country{margin:0;color:#4b4b4b}
nav{padding-block:.25rem;border-bottom:4px solid #0b4f9c}
nav a,nav button,footer a{display:inline-block;min-height:1.5rem;margin-inline-end:1rem;padding-block:.125rem}
nav{font-size:.9375rem}
footer{padding-block:.5rem 1rem;border-top:1px solid #b1b4b6;font-size:.9375rem}
.notice{margin:1rem 0;padding:.75rem 1rem;border-inline-start:6px solid #0b4f9c;background:#eef3fa}
.warning{border-color:#8a5300;background:#fdf5e6}
details.notice{margin:.5rem 0;padding:.25rem .75rem}
details.notice p{margin:.25rem 0 .5rem}
.field{margin:1.25rem 0}
label,legend{display:block;font-weight:700}
legend{font-size:1.125rem;padding:0}
fieldset{margin:1.5rem 0;padding:0;border:0;min-width:0}
.help{margin:.25rem 0 .5rem;color:#4b4b4b}
.optional{font-weight:400;color:#4b4b4b}
input:not([type=checkbox]),select,textarea{display:block;width:100%;min-height:2.75rem;margin:0;padding:.5rem;font:inherit;color:inherit;background:#fff;border:2px solid #505a5f;border-radius:0}
textarea{min-height:6rem;resize:vertical}
[dir=ltr]{text-align:left}
.check{display:flex;gap:.75rem;align-items:flex-start;margin:.5rem 0}
.check input{flex:none;width:1.75rem;height:1.75rem;margin:0;accent-color:#0b4f9c}
.check label{font-weight:400;padding-top:.1rem}
details{margin:.75rem 0}
.choices{display:grid;grid-template-columns:repeat(auto-fill,minmax(10rem,1fr));gap:0 1rem}
.optional-group>summary{font-size:1.125rem}
summary{display:inline-block;min-height:1.5rem;padding-block:.25rem;color:#0b4f9c;font-weight:700;cursor:pointer;text-decoration:underline}
summary::before{content:"+ "}
details[open]>summary::before{content:"− "}
button{min-height:2.75rem;padding:.5rem 1.25rem;font:inherit;font-weight:700;color:#fff;background:#0b4f9c;border:2px solid #0b4f9c;border-radius:0;cursor:pointer}
button:hover{background:#083b75}
.secondary{color:#0b4f9c;background:#fff}
.secondary:hover{background:#eef3fa}
.error{margin:.25rem 0;color:#a4121c;font-weight:700}
[aria-invalid=true]{border-color:#a4121c!important;border-width:3px!important}
.summary{margin:1rem 0;padding:1rem;border:4px solid #a4121c}
.summary h2{margin-top:0}
.summary a{color:#a4121c;font-weight:700}
.receipt{display:block;margin:.5rem 0;padding:.75rem;font:700 1.6rem/1.3 ui-monospace,Menlo,Consolas,monospace;letter-spacing:.06em;user-select:all;border:2px dashed #0b4f9c;background:#eef3fa}
.receipt span{white-space:nowrap}
.receipt-copy{min-height:0;font-family:ui-monospace,Menlo,Consolas,monospace;resize:none}
.result{padding:1rem;border-inline-start:6px solid #0b4f9c;background:#eef3fa}
.state{font-size:1.3rem;font-weight:700;margin:0}
.languages{padding:0;list-style:none}
.languages a{display:inline-block;min-height:2.75rem;padding:.5rem 0;font-size:1.25rem}
.description{white-space:pre-wrap}
.url{font-family:ui-monospace,Menlo,Consolas,monospace;word-break:break-all}
table{width:100%;border-collapse:collapse;margin:1rem 0}
th,td{padding:.4rem;text-align:start;vertical-align:top;border-bottom:1px solid #b1b4b6}
.badge{display:inline-block;padding:0 .4rem;color:#fff;background:#a4121c;font-size:.875rem;font-weight:700}
.event{margin:.75rem 0;padding:.75rem;border:1px solid #b1b4b6}
.event .field{margin:.5rem 0}
pre{white-space:pre-wrap;word-break:break-word;padding:.75rem;background:#f3f2f1}
dl{display:grid;grid-template-columns:auto auto;gap:.25rem 1rem}
dt{font-weight:700}
dd{margin:0}
.chart{width:100%;height:auto;max-width:40rem}
.chart .bar{fill:#0b4f9c}
.chart .axis{stroke:#505a5f}
.chart text{fill:#1b1b1b;font-size:12px}
/* Scripts: the system fonts that set them well, named before the generic fallback (the portal never loads a font). */
body:is(:lang(ar),:lang(fa)){font-family:"Noto Naskh Arabic","Noto Sans Arabic","Segoe UI",Tahoma,system-ui,sans-serif}
body:lang(ur){font-family:"Noto Nastaliq Urdu","Noto Naskh Arabic","Segoe UI",Tahoma,system-ui,sans-serif;line-height:1.9}
/* Stacked consonants (Khmer) and marks above and below the line (Bengali, Devanagari, Ethiopic) need taller lines. */
body:lang(km){line-height:1.8}
body:is(:lang(bn),:lang(hi),:lang(ne),:lang(am)){line-height:1.65}
:is(h1,h2,legend,.brand,.state):is(:lang(km),:lang(bn),:lang(hi),:lang(ne),:lang(am),:lang(ur)){line-height:1.5}
[hidden]{display:none!important}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`);
