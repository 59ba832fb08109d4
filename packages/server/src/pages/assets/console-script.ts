/**
 * The analyst console's script: keeps the bearer token in sessionStorage (never a cookie), loads
 * each view with it, and sends case events to the v1 API.
 */
export const consoleScript = `(function(){'use strict';
var d=document,S=sessionStorage,K='reportal.console.token';
var main=d.getElementById('main'),view=d.getElementById('view'),signIn=d.getElementById('sign-in'),form=d.getElementById('sign-in-form'),input=d.getElementById('token'),invalid=d.getElementById('token-error'),nav=d.getElementById('console-nav'),status=d.getElementById('console-status');
function auth(h){h.Authorization='Bearer '+S.getItem(K);return h;}
function say(m){status.textContent=m||'';}
function showSignIn(bad){S.removeItem(K);view.replaceChildren();nav.hidden=true;signIn.hidden=false;invalid.hidden=!bad;if(bad)input.setAttribute('aria-invalid','true');else input.removeAttribute('aria-invalid');input.focus();}
function load(){return fetch(main.getAttribute('data-view')+location.search,{headers:auth({Accept:'text/html'}),cache:'no-store'}).then(function(res){
if(res.status===401||res.status===403){showSignIn(true);return;}
return res.text().then(function(text){signIn.hidden=true;nav.hidden=false;view.innerHTML=text;var h=view.querySelector('h1');if(h)d.title=h.textContent+' – '+d.body.getAttribute('data-title');});});}
form.addEventListener('submit',function(e){e.preventDefault();var v=input.value.trim();input.value='';if(!v){showSignIn(true);return;}S.setItem(K,v);say('');load();});
d.getElementById('sign-out').addEventListener('click',function(){say('');showSignIn(false);});
view.addEventListener('submit',function(e){var f=e.target;if(!f.matches||!f.matches('form.event'))return;e.preventDefault();
var a=f.closest('[data-case]'),saved=a.getAttribute('data-saved'),stale=a.getAttribute('data-stale'),refused=a.getAttribute('data-not-allowed'),payload={},n=0;
new FormData(f).forEach(function(value,name){value=String(value).trim();if(value){payload[name]=value;n++;}});
var body={type:f.getAttribute('data-type'),expectedVersion:Number(a.getAttribute('data-version'))};if(n)body.payload=payload;
say('');
fetch('/v1/cases/'+encodeURIComponent(a.getAttribute('data-case'))+'/events',{method:'POST',headers:auth({'Content-Type':'application/json',Accept:'application/json'}),body:JSON.stringify(body)}).then(function(res){
if(res.ok)return load().then(function(){say(saved);});
if(res.status===401)return showSignIn(true);
return res.json().then(function(p){say(res.status===409?stale:/event_not_allowed$/.test(p.type)?refused:(p.errors||[]).map(function(x){return x.path+': '+x.message;}).join(' ')||p.title);});
});});
view.addEventListener('click',function(e){var b=e.target.closest&&e.target.closest('button[data-fetch]');if(!b)return;var out=d.getElementById(b.getAttribute('aria-controls'));
fetch(b.getAttribute('data-fetch'),{headers:auth({Accept:b.getAttribute('data-accept')})}).then(function(res){return res.text();}).then(function(text){try{text=JSON.stringify(JSON.parse(text),null,2);}catch(x){}out.textContent=text;out.hidden=false;});});
if(S.getItem(K))load();else showSignIn(false);
})();
`;
