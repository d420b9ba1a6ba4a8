// The layout checks of generator/sitetest (layout_test.go): one problem a line, none when the page
// reads at this width. Run in the page as it is laid out for the viewport.
(() => {
  const out = [], vw = document.documentElement.clientWidth, phone = vw < 600;
  const name = el => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += "#" + el.id;
    else if (el.classList.length) s += "." + [...el.classList].join(".");
    const p = el.closest("[id]");
    return p && p !== el ? p.tagName.toLowerCase() + "#" + p.id + " " + s : s;
  };
  const shown = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  const text = el => (el.textContent || "").trim().slice(0, 30);
  // Text in charts, the map and tables: at least 12 CSS px as drawn (an SVG's scale included).
  const walker = document.createTreeWalker(document.querySelector("main") || document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!n.data.trim() || !el.closest(".chart, .map-box, svg, table") || el.closest("title, desc, [hidden]")) continue;
    const r = document.createRange(); r.selectNodeContents(n);
    if (!r.getClientRects().length || !shown(el)) continue;
    let px = parseFloat(getComputedStyle(el).fontSize);
    if (el instanceof SVGElement && el.getScreenCTM) px *= Math.hypot(el.getScreenCTM().a, el.getScreenCTM().b);
    if (px < 11.95) out.push(`text under 12 px (${px.toFixed(1)}): ${name(el)} "${text(el)}"`);
  }
  // Nothing past the viewport's edges but inside a scroll container that shows a cue.
  const scroller = el => {
    for (let p = el.parentElement; p; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (/(auto|scroll)/.test(s.overflowX)) return p;
    }
    return null;
  };
  const cued = p => { const s = getComputedStyle(p); return /gradient/.test(s.backgroundImage) && /local/.test(s.backgroundAttachment); };
  if (document.documentElement.scrollWidth > vw + 1) out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide in ${vw}`);
  const seen = new Set();
  for (const el of document.body.querySelectorAll("*")) {
    if (!shown(el)) continue;
    const b = el.getBoundingClientRect();
    if (b.width <= 1 || b.height <= 1 || b.right <= 0) continue; // hidden for screen readers, or a skip link off screen
    const p = scroller(el);
    if (p && p.scrollWidth > p.clientWidth + 1) {
      if (!cued(p) && !seen.has(p)) { seen.add(p); out.push(`scrolls sideways without a cue: ${name(p)}`); }
      if (!phone && !seen.has(p)) { seen.add(p); out.push(`wider than its container at ${vw} px: ${name(p)} (${p.scrollWidth} in ${p.clientWidth})`); }
      continue;
    }
    if (b.right > vw + 1 || b.left < -1) out.push(`past the viewport (${Math.round(b.left)}–${Math.round(b.right)} in ${vw}): ${name(el)}`);
  }
  // Text that runs past the viewport (a long address, a word that cannot break).
  const words = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = words.nextNode(); n; n = words.nextNode()) {
    const el = n.parentElement, r = document.createRange();
    if (!n.data.trim() || !shown(el) || (scroller(el) && scroller(el).scrollWidth > scroller(el).clientWidth + 1)) continue;
    r.selectNodeContents(n);
    const past = [...r.getClientRects()].find(b => b.right > vw + 1 && b.left < vw);
    if (past) out.push(`text past the viewport (to ${Math.round(past.right)} in ${vw}): ${name(el)} "${n.data.trim().slice(0, 30)}"`);
  }
  // Chart and map labels whole: inside their picture, not cut, not overlapping.
  for (const c of document.querySelectorAll(".chart, .map-box")) {
    const cb = c.getBoundingClientRect();
    const labels = [...c.querySelectorAll("text, .bar-label, .bar-value, li")].filter(shown);
    for (const l of labels) {
      const own = l.closest("svg") || c, ob = own.getBoundingClientRect(), lb = l.getBoundingClientRect();
      if (lb.left < ob.left - 1 || lb.right > ob.right + 1 || lb.top < ob.top - 1 || lb.bottom > ob.bottom + 1 || l.scrollWidth > l.clientWidth + 1)
        out.push(`label cut: ${name(c)} "${text(l)}"`);
    }
    for (const row of c.querySelectorAll(".bar-row")) {
      const parts = [...row.querySelectorAll(".bar-label, .bar-value, .bar-mark rect")].filter(shown).map(e => [e, e.getBoundingClientRect()]);
      for (let i = 0; i < parts.length; i++) for (let j = i + 1; j < parts.length; j++) {
        const [a, x] = parts[i], [b, y] = parts[j];
        if (a.closest("svg") && b.closest("svg")) continue;
        if (x.left < y.right - 1 && y.left < x.right - 1 && x.top < y.bottom - 1 && y.top < x.bottom - 1)
          out.push(`overlap in ${name(c)}: "${text(row.querySelector(".bar-label"))}" ${name(a)} and ${name(b)}`);
      }
    }
  }
  // On a phone the header leaves the screen to the page: about 100 px, a little more at 320 px.
  const header = document.querySelector(".site-header");
  if (phone && header && header.getBoundingClientRect().height > (vw < 360 ? 120 : 100))
    out.push(`the header is ${Math.round(header.getBoundingClientRect().height)} px tall`);
  // On a phone, each table's amounts are within the first screen width.
  if (phone) for (const td of document.querySelectorAll("td.amount, .figure tbody td")) {
    if (!shown(td)) continue;
    const b = td.getBoundingClientRect();
    if (b.left < 0 || b.left >= vw - 24 || b.right > vw + 1) { out.push(`amount off the first screen (${Math.round(b.left)}–${Math.round(b.right)} in ${vw}): ${name(td)} "${text(td)}"`); break; }
  }
  return out;
})()
