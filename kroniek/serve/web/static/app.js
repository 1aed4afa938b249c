// Small progressive enhancements; every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // Annotation legend: checkboxes hide or show a layer of marks in the document text.
  document.querySelectorAll("#legend input[data-layer]").forEach((box) => {
    box.addEventListener("change", () => {
      document.body.classList.toggle("hide-" + box.dataset.layer, !box.checked);
    });
  });
  // Bring a linked sentence into the middle of the screen rather than the top edge.
  if (location.hash.startsWith("#s-")) {
    const target = document.getElementById(location.hash.slice(1));
    if (target) target.scrollIntoView({ block: "center" });
  }
});
