// Small progressive enhancements; every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // Annotation legend: checkboxes hide or show a layer of marks in the document text.
  document.querySelectorAll("#legend input[data-layer]").forEach((box) => {
    box.addEventListener("change", () => {
      document.body.classList.toggle("hide-" + box.dataset.layer, !box.checked);
    });
  });
  // Bring a linked sentence into the middle of the screen rather than the top edge.
  if (location.hash.startsWith("#t-") || location.hash.startsWith("#s-")) {
    // An old link (#s-<offset>) names the same sentence as #t-<offset>.
    const target = document.getElementById("t-" + location.hash.slice(3));
    if (target) target.scrollIntoView({ block: "center" });
  }
});

// Timeline brush: drag across a story's timeline to zoom into those days (?van=…&tot=…).
document.addEventListener("DOMContentLoaded", () => {
  const svg = document.querySelector("#timeline svg[data-lo]");
  if (!svg) return;
  const brush = svg.querySelector("rect.brush");
  const lo = Number(svg.dataset.lo), hi = Number(svg.dataset.hi);
  const pad = Number(svg.dataset.pad), width = Number(svg.dataset.width);
  const toX = (ev) => {
    const box = svg.getBoundingClientRect();
    return (ev.clientX - box.left) * (width / box.width);
  };
  const toDay = (x) => lo + Math.max(0, Math.min(1, (x - pad) / (width - 2 * pad))) * (hi - lo);
  const iso = (ordinal) => {
    // Python date ordinals count from 0001-01-01 = 1; 1970-01-01 is 719163.
    const d = new Date((Math.round(ordinal) - 719163) * 86400000);
    return d.toISOString().slice(0, 10);
  };
  let start = null;
  svg.addEventListener("pointerdown", (ev) => {
    if (ev.target.closest("a")) return;
    start = toX(ev);
    brush.setAttribute("x", start);
    brush.setAttribute("width", 0);
    svg.setPointerCapture(ev.pointerId);
  });
  svg.addEventListener("pointermove", (ev) => {
    if (start === null) return;
    const x = toX(ev);
    brush.setAttribute("x", Math.min(start, x));
    brush.setAttribute("width", Math.abs(x - start));
  });
  svg.addEventListener("pointerup", (ev) => {
    if (start === null) return;
    const x = toX(ev);
    const a = Math.min(start, x), b = Math.max(start, x);
    start = null;
    if (b - a < 8) { brush.setAttribute("width", 0); return; }
    const params = new URLSearchParams(location.search);
    params.set("van", iso(Math.floor(toDay(a))));
    params.set("tot", iso(Math.ceil(toDay(b))));
    location.search = params.toString();
  });
});
