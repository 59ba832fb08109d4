/**
 * The optional script of the reporter pages. Everything works without it (Tor Browser's
 * "Safest" level); with it, the quick exit replaces this page in the history, the receipt gets a
 * copy button, and more address fields can be added.
 */
export const portalScript = `(function(){'use strict';
var d=document;
d.querySelectorAll('a.exit').forEach(function(a){a.addEventListener('click',function(e){e.preventDefault();location.replace(a.href);});});
var r=d.getElementById('receipt-code');
if(r&&navigator.clipboard){var c=d.createElement('button');c.type='button';c.className='secondary';c.textContent=r.getAttribute('data-copy');
var s=d.createElement('span');s.setAttribute('role','status');
c.addEventListener('click',function(){navigator.clipboard.writeText(r.textContent.trim()).then(function(){s.textContent=' '+r.getAttribute('data-copied');});});
r.after(c,s);}
var m=d.getElementById('more-urls');
if(m){var max=+m.getAttribute('data-max'),label=m.getAttribute('data-label'),b=d.createElement('button');b.type='button';b.className='secondary';b.textContent=m.getAttribute('data-add');
b.addEventListener('click',function(){var n=d.querySelectorAll('input[name=urls]').length;if(n>=max)return;
var f=m.querySelector('.field:last-of-type').cloneNode(true),i=f.querySelector('input'),l=f.querySelector('label');
f.querySelectorAll('.error').forEach(function(x){x.remove();});
i.id='urls-'+n;i.value='';i.removeAttribute('aria-invalid');i.removeAttribute('aria-describedby');l.htmlFor=i.id;l.textContent=label.replace('#N#',String(n+1));
b.before(f);i.focus();if(n+1>=max)b.hidden=true;});
m.append(b);}
})();
`;
