// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // Re-run the search when the order changes.
  for (const select of document.querySelectorAll("select.autosubmit")) {
    select.addEventListener("change", () => select.form.submit());
  }
  // "Select all shown" in the review queue ticks every proposal's box.
  for (const all of document.querySelectorAll("input[data-selects]")) {
    all.closest("label").hidden = false;
    all.addEventListener("change", () => {
      for (const box of document.querySelectorAll(`input[name="${all.dataset.selects}"]`)) box.checked = all.checked;
    });
  }
  // Ask before rejecting or disabling.
  for (const button of document.querySelectorAll("button.danger")) {
    button.addEventListener("click", (event) => {
      if (!window.confirm("Are you sure? This is recorded in the audit log.")) event.preventDefault();
    });
  }
});
