import { heightType, maxHeight, requestType } from './messages';

/**
 * The loader newsrooms paste beside each iframe, as plain ES5 so it runs in any host page.
 * It trusts a message only when it comes from the window of one of our iframes, from the
 * origin the loader itself was served from, and has the exact version-1 shape; then it sets
 * that iframe's height. It asks each iframe to report again, at once (the iframe may have
 * posted before this script arrived) and when it loads. That request carries nothing but its
 * type, so it goes with target '*': aimed at our origin, a frame still blank (lazy, or not yet
 * loaded) would make the browser log a cross-origin error on the publisher's page. Kept under
 * 2 KiB (a unit test checks).
 */
export function createLoaderScript(fallbackOrigin: string): string {
  return `/* striving embed loader v1 */
(function(w,d){if(w.__strivingEmbed)return;w.__strivingEmbed=1;
var s=d.currentScript,o=${JSON.stringify(fallbackOrigin)};try{if(s&&s.src)o=new URL(s.src,d.baseURI).origin}catch(x){}
function frames(){return d.querySelectorAll('iframe[data-striving-embed]')}
w.addEventListener('message',function(e){var m=e.data,f=frames(),h,i;
if(e.origin!==o||!m||typeof m!=='object'||m.type!==${JSON.stringify(heightType)}||m.version!==1||typeof m.id!=='string'||typeof m.height!=='number'||!(m.height>0&&m.height<=${maxHeight}))return;
h=Math.ceil(m.height);
for(i=0;i<f.length;i++)if(f[i].contentWindow===e.source&&f[i].getAttribute('data-striving-embed')===m.id){f[i].style.height=h+'px';f[i].setAttribute('height',h)}});
function ask(f){try{f.contentWindow.postMessage({type:${JSON.stringify(requestType)},version:1},'*')}catch(x){}}
var f=frames(),i;for(i=0;i<f.length;i++){f[i].addEventListener('load',function(e){ask(e.target)});ask(f[i])}
})(window,document);
`;
}
