"""The inline stylesheet and script of the HTML export (no external resources of any kind)."""

from __future__ import annotations

from timeline_app.export.style import DARK, FONT_STACK, LIGHT, Palette


def _vars(p: Palette) -> str:
    return (
        f"--bg:{p.background};--alt:{p.lane_alt};--grid:{p.grid};--grid-major:{p.grid_major};--text:{p.text};"
        f"--muted:{p.muted};--card:{p.card};--border:{p.card_border};--accent:{p.accent};"
    )


CSS = (
    ":root{" + _vars(LIGHT) + "color-scheme:light}"
    ":root[data-theme=dark]{" + _vars(DARK) + "color-scheme:dark}"
    "*{box-sizing:border-box}"
    "html{-webkit-text-size-adjust:100%}"
    "body{margin:0;background:var(--bg);color:var(--text);font:15px/1.5 " + FONT_STACK + "}"
    ".skip{position:absolute;left:-9999px;top:0}.skip:focus{left:8px;z-index:10;background:var(--card);padding:6px 10px}"
    "header.tl-head{padding:28px 32px 12px;max-width:1240px;margin:0 auto}"
    ".tl-kicker{margin:0;color:var(--muted);font-size:13px;letter-spacing:.06em;text-transform:uppercase}"
    "h1{margin:2px 0 4px;font-size:30px;line-height:1.15;letter-spacing:-.01em}"
    ".tl-sub{margin:0 0 10px;color:var(--muted);font-size:17px;max-width:60em}"
    ".tl-legend{display:flex;flex-wrap:wrap;gap:6px 18px;margin:10px 0 0;padding:0;list-style:none;font-size:13px}"
    ".tl-legend li{display:flex;align-items:center;gap:6px}"
    ".sw{width:12px;height:12px;border-radius:3px;display:inline-block}"
    ".mk{width:11px;height:11px;border-radius:50%;display:inline-block;background:var(--muted)}"
    ".mk.ap{background:var(--bg);border:2px solid var(--muted)}"
    ".tl-tools{display:flex;gap:6px;align-items:center;max-width:1240px;margin:6px auto 0;padding:0 32px}"
    ".tl-tools button{font:inherit;font-size:14px;min-width:36px;height:32px;padding:0 10px;border:1px solid var(--border);"
    "border-radius:6px;background:var(--card);color:var(--text);cursor:pointer}"
    ".tl-tools button:hover{border-color:var(--accent)}.tl-tools .zl{color:var(--muted);font-size:13px;margin-left:6px}"
    ".tl-view{position:relative;overflow-x:auto;overflow-y:hidden;margin:8px 0 0;border-top:1px solid var(--grid);"
    "border-bottom:1px solid var(--grid);background:var(--bg);outline:none}"
    ".tl-view:focus-visible{box-shadow:inset 0 0 0 2px var(--accent)}"
    ".tl-canvas{position:relative;margin:0 24px;min-width:calc(100% - 48px)}"
    ".tl-axis{position:absolute;left:0;top:0;right:0;height:44px;border-bottom:1px solid var(--grid-major)}"
    ".tk,.hd{position:absolute;white-space:nowrap;font-size:11.5px;color:var(--muted);padding-left:4px}"
    ".hd{top:4px;font-weight:600;color:var(--text);font-size:12px}.tk{top:24px}"
    ".gl{position:absolute;width:1px;background:var(--grid)}.gl.mj{background:var(--grid-major)}"
    ".lane{position:absolute;left:-24px;right:-24px;border-bottom:1px solid var(--grid)}.lane.odd{background:var(--alt)}"
    ".ln{position:sticky;left:0;margin-left:0;display:inline-flex;align-items:center;gap:6px;height:22px;padding:0 10px 0 12px;"
    "font-size:12.5px;font-weight:650;background:linear-gradient(90deg,var(--bg) 70%,transparent);z-index:3}"
    ".lane.odd .ln{background:linear-gradient(90deg,var(--alt) 70%,transparent)}"
    ".era{position:absolute;top:44px;bottom:0;border-left:2px solid}"
    ".era span{position:absolute;top:3px;left:6px;font-size:12px;font-weight:600;white-space:nowrap;overflow:hidden;"
    "text-overflow:ellipsis;max-width:calc(100% - 10px)}"
    ".ev{position:absolute;height:42px}"
    ".dot{position:absolute;width:11px;height:11px;border-radius:50%;left:-5.5px;top:8.5px;border:1.5px solid var(--bg)}"
    ".ap .dot{background:var(--bg)!important;border:2px solid}"
    ".sp{position:absolute;top:35px;height:6px;border-radius:3px;opacity:.35}"
    ".rg .sp{height:8px;top:34px;opacity:.85;border-radius:4px}"
    ".wk{position:absolute;top:37.5px;height:0;border-top:1.5px dashed}"
    ".card{position:absolute;top:1px;left:9px;height:32px;padding:2px 8px 0 10px;text-align:left;font:inherit;"
    "border:1px solid var(--border);border-radius:5px;background:var(--card);color:var(--text);cursor:pointer;"
    "overflow:hidden;box-shadow:0 1px 1px rgba(0,0,0,.04)}"
    ".card:before{content:'';position:absolute;left:0;top:5px;bottom:5px;width:3px;background:var(--c)}"
    ".card:hover{border-color:var(--c)}.card:focus-visible{outline:2px solid var(--accent);outline-offset:2px}"
    ".card[aria-expanded=true]{border-color:var(--accent);box-shadow:0 0 0 1px var(--accent)}"
    ".card b,.card i{display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}"
    ".card i{font-style:normal;font-size:11px;line-height:13px;color:var(--muted)}"
    ".card b{font-size:13px;line-height:16px;font-weight:600}"
    ".ap .card{border-style:dashed}"
    ".cl{position:absolute;height:17px;min-width:22px;padding:0 7px;border:0;border-radius:9px;color:#fff;font:600 11px/17px "
    + FONT_STACK + ";cursor:pointer}"
    ".cl:focus-visible{outline:2px solid var(--accent);outline-offset:2px}"
    ".tl-detail{position:fixed;right:16px;top:16px;width:min(420px,calc(100vw - 32px));max-height:calc(100vh - 32px);"
    "overflow:auto;background:var(--card);color:var(--text);border:1px solid var(--border);border-radius:10px;"
    "box-shadow:0 12px 40px rgba(0,0,0,.22);padding:18px 20px 16px;z-index:20}"
    ".tl-detail[hidden]{display:none}"
    ".tl-detail h2{margin:0 36px 4px 0;font-size:19px;line-height:1.25}"
    ".tl-detail .x{position:absolute;right:10px;top:10px;width:32px;height:32px;border:0;border-radius:6px;"
    "background:transparent;color:var(--text);font-size:20px;cursor:pointer}"
    ".tl-detail .x:hover{background:var(--alt)}"
    ".date{margin:0;color:var(--muted);font-size:14px}"
    ".badge{display:inline-block;margin-left:6px;padding:0 6px;border:1px dashed var(--muted);border-radius:9px;font-size:12px}"
    "blockquote{margin:10px 0;padding:2px 0 2px 12px;border-left:3px solid var(--grid-major);font-size:14.5px}"
    "cite{display:block;font-style:normal;font-size:13px;color:var(--muted)}"
    "a{color:var(--accent)}"
    "main.tl-text{max-width:1240px;margin:0 auto;padding:8px 32px 24px}"
    "main h2{font-size:20px;margin:26px 0 8px}"
    ".tl-list{list-style:none;margin:0;padding:0}"
    ".tl-list>li{display:grid;grid-template-columns:170px 1fr;gap:4px 18px;padding:12px 0;border-top:1px solid var(--grid)}"
    ".tl-list h3{margin:0;font-size:16px;line-height:1.3}.tl-list h3 a{color:inherit;text-decoration:none}"
    ".tl-list h3 a:hover,.tl-list h3 a:focus{text-decoration:underline}"
    ".tl-list .lane-tag{font-size:12px;color:var(--muted)}"
    ".tl-list p{margin:4px 0}.tl-list>li:target{background:var(--alt)}"
    ".tl-sources{padding-left:24px;font-size:14px}.tl-sources li{margin:2px 0}"
    "footer{max-width:1240px;margin:0 auto;padding:8px 32px 40px;color:var(--muted);font-size:12px}"
    "@media (max-width:700px){header.tl-head{padding:18px 16px 8px}h1{font-size:24px}"
    ".tl-tools{padding:0 16px}main.tl-text,footer{padding-left:16px;padding-right:16px}"
    ".tl-list>li{grid-template-columns:1fr}"
    ".tl-detail{left:0;right:0;top:auto;bottom:0;width:auto;max-height:70vh;border-radius:12px 12px 0 0}}"
    "@media print{body{background:#fff;color:#000;font-size:11pt}.tl-tools,.tl-view,.tl-detail,.skip{display:none!important}"
    "header.tl-head,main.tl-text{padding:0;max-width:none}.tl-list>li{break-inside:avoid;grid-template-columns:130px 1fr}"
    "a{color:#000}.tl-sources a:after{content:' (' attr(href) ')';font-size:9pt}}"
)

SCRIPT = r"""
(function(){
'use strict';
var D=JSON.parse(document.getElementById('tl-data').textContent);
var W=D.words,view=document.getElementById('tl-view'),canvas=document.getElementById('tl-canvas');
var panel=document.getElementById('tl-detail'),zl=document.getElementById('tl-zoom-level');
var level=0,chunks={},CH=1600,opened=null,back=null,cards={};
function el(tag,cls,text){var e=document.createElement(tag);if(cls)e.className=cls;if(text!=null)e.textContent=text;return e;}
function px(e,l,t,w,h){var s=e.style;if(l!=null)s.left=l+'px';if(t!=null)s.top=t+'px';if(w!=null)s.width=w+'px';if(h!=null)s.height=h+'px';}
function build(){
  var L=D.levels[level];canvas.textContent='';chunks={};cards={};
  canvas.style.width=(L.w)+'px';canvas.style.height=(L.h+44)+'px';
  var axis=el('div','tl-axis');axis.setAttribute('aria-hidden','true');canvas.appendChild(axis);
  L.hd.forEach(function(t){var g=el('div','gl mj');px(g,t[0],0,null,L.h+44);canvas.appendChild(g);var h=el('div','hd',t[1]);px(h,t[0]);axis.appendChild(h);});
  L.tk.forEach(function(t){var g=el('div','gl');px(g,t[0],24,null,L.h+20);canvas.appendChild(g);var h=el('div','tk',t[1]);px(h,t[0]);axis.appendChild(h);});
  L.ln.forEach(function(b,i){var lane=D.lanes[i],d=el('div','lane'+(i%2?' odd':''));px(d,null,44+b[0],null,b[1]);
    if(lane.name){var n=el('span','ln');var s=el('span','sw');s.style.background=lane.colour;n.appendChild(s);n.appendChild(document.createTextNode(lane.name));d.appendChild(n);}
    canvas.appendChild(d);});
  L.er.forEach(function(r,i){var era=D.eras[i],d=el('div','era');px(d,r[0],null,Math.max(r[1]-r[0],1));
    d.style.borderColor=era.colour;d.style.background=era.tint;d.setAttribute('aria-hidden','true');d.appendChild(el('span',null,era.name)).style.color=era.colour;canvas.appendChild(d);});
  fill();
}
function fill(){
  var L=D.levels[level],a=Math.floor((view.scrollLeft-CH)/CH),b=Math.floor((view.scrollLeft+view.clientWidth+CH)/CH);
  for(var c=Math.max(a,0);c<=b;c++){if(chunks[c])continue;chunks[c]=1;
    var f=document.createDocumentFragment();
    (L.ev[c]||[]).forEach(function(p){f.appendChild(eventNode(p));});
    (L.cl[c]||[]).forEach(function(p){f.appendChild(clusterNode(p));});
    canvas.appendChild(f);}
}
function eventNode(p){
  var e=D.entries[p[0]],d=el('div','ev'+(e.a?' ap':'')+(p[9]?' rg':''));px(d,p[1],44+p[3]);
  d.style.setProperty('--c',e.c);
  var w=p[2]-p[1];
  if(w>=14||e.a||p[9]){var s=el('div','sp');px(s,-p[5],null,w+p[5]+p[6]);
    s.style.background=(e.a&&!p[9])?'linear-gradient(90deg,transparent,'+e.c+' 30%,'+e.c+' 70%,transparent)':e.c;d.appendChild(s);}
  if(p[7]){var k=el('div','wk');px(k,-p[7],null,p[7]);k.style.borderColor=e.c;d.appendChild(k);}
  if(p[8]){var k2=el('div','wk');px(k2,w,null,p[8]);k2.style.borderColor=e.c;d.appendChild(k2);}
  var dot=el('div','dot');dot.style.background=e.c;dot.style.borderColor=e.a?e.c:'';d.appendChild(dot);
  if(p[4]>0){var b=el('button','card');b.type='button';px(b,null,null,p[4]);b.id='card-'+e.id;
    b.setAttribute('aria-label',e.t+', '+e.d+(e.a?' ('+W.approximate+')':''));b.setAttribute('aria-expanded','false');
    b.setAttribute('aria-controls','tl-detail');b.appendChild(el('i',null,e.d));b.appendChild(el('b',null,e.t));
    b.addEventListener('click',function(){open(p[0],b);});cards[p[0]]=b;d.appendChild(b);}
  return d;
}
function clusterNode(p){
  var b=el('button','cl',String(p[4].length));b.type='button';px(b,p[0]-2,44+p[2]+3);
  b.style.background=D.entries[p[4][0]].c;b.setAttribute('aria-label',W.more.replace('{n}',p[4].length));
  b.addEventListener('click',function(){zoomTo(level+1,p[0]);});return b;
}
function text(parent,tag,cls,t){if(t){parent.appendChild(el(tag,cls,t));}}
function open(i,from){
  var e=D.entries[i];if(opened!=null&&cards[opened])cards[opened].setAttribute('aria-expanded','false');
  opened=i;back=from||document.activeElement;panel.textContent='';
  var x=el('button','x','\u00d7');x.type='button';x.setAttribute('aria-label',W.close);x.addEventListener('click',close);panel.appendChild(x);
  var h=el('h2',null,e.t);h.id='tl-detail-title';panel.appendChild(h);
  var dt=el('p','date',e.d);if(e.a)dt.appendChild(el('span','badge','\u2248 '+W.approximate));panel.appendChild(dt);
  if(e.g)text(panel,'p','date',e.g);
  text(panel,'p',null,e.n);text(panel,'p',null,e.x);
  e.s.forEach(function(q){var bq=el('blockquote',null,'\u201c'+q[0]+'\u201d');var so=D.sources[q[1]-1];
    if(so){var c=el('cite');var a=el('a',null,so.label);a.href=so.url||('#source-'+so.n);if(so.url){a.rel='noopener';a.target='_blank';}
      c.appendChild(a);bq.appendChild(c);}panel.appendChild(bq);});
  panel.hidden=false;if(cards[i])cards[i].setAttribute('aria-expanded','true');x.focus();
}
function close(){panel.hidden=true;if(opened!=null&&cards[opened])cards[opened].setAttribute('aria-expanded','false');opened=null;
  if(back&&back.focus)back.focus();}
function zoomTo(n,anchorX){
  n=Math.max(0,Math.min(D.levels.length-1,n));if(n===level)return;
  var old=D.levels[level],x=(anchorX!=null?anchorX:view.scrollLeft+view.clientWidth/2),frac=x/old.w,off=x-view.scrollLeft;
  level=n;build();view.scrollLeft=frac*D.levels[n].w-off;fill();zl.textContent=D.levels[n].f+'\u00d7';
}
function reveal(i){
  for(var n=0;n<D.levels.length;n++){var pos=D.levels[n].pos[i];if(pos!=null&&pos>=0){
    if(n>level)zoomTo(n);var p=D.levels[level].pos[i];if(p==null)p=pos*D.levels[level].w/D.levels[n].w;
    view.scrollLeft=Math.max(p-view.clientWidth/3,0);fill();return;}}
}
document.getElementById('tl-in').addEventListener('click',function(){zoomTo(level+1);});
document.getElementById('tl-out').addEventListener('click',function(){zoomTo(level-1);});
document.getElementById('tl-fit').addEventListener('click',function(){zoomTo(0);view.scrollLeft=0;});
view.addEventListener('scroll',function(){window.requestAnimationFrame(fill);});
view.addEventListener('wheel',function(ev){if(!ev.ctrlKey)return;ev.preventDefault();
  var r=view.getBoundingClientRect();zoomTo(level+(ev.deltaY<0?1:-1),view.scrollLeft+ev.clientX-r.left);},{passive:false});
view.addEventListener('keydown',function(ev){
  if(ev.key==='+'||ev.key==='='){zoomTo(level+1);ev.preventDefault();}
  else if(ev.key==='-'){zoomTo(level-1);ev.preventDefault();}
  else if((ev.key==='ArrowRight'||ev.key==='ArrowLeft')&&ev.target.classList.contains('card')){
    var i=Number(ev.target.id.slice(5)),k=D.order.indexOf(i)+(ev.key==='ArrowRight'?1:-1);
    if(k>=0&&k<D.order.length){var j=D.order[k];reveal(D.index[j]);var c=cards[D.index[j]];if(c)c.focus();}ev.preventDefault();}
});
document.addEventListener('keydown',function(ev){if(ev.key==='Escape'&&!panel.hidden)close();});
document.querySelectorAll('a.tl-open').forEach(function(a){a.addEventListener('click',function(){
  var i=D.index[Number(a.getAttribute('data-entry'))];if(i!=null){reveal(i);open(i,a);}});});
function fromHash(){var m=/^#event-(\d+)$/.exec(location.hash);if(m){var i=D.index[Number(m[1])];if(i!=null){reveal(i);open(i);}}}
window.addEventListener('hashchange',fromHash);
build();zl.textContent=D.levels[0].f+'\u00d7';fromHash();
document.documentElement.setAttribute('data-ready','1');
})();
"""
