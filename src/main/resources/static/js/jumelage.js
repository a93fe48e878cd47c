// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
    // An error summary takes focus, so that screen-reader and keyboard users learn of the problem first.
    const summary = document.querySelector(".error-summary");
    if (summary) {
        summary.focus();
    }
});
// After htmx swapped the registry's results, announce them and keep the focus where the person was.
document.addEventListener("htmx:afterSwap", (event) => {
    const status = event.detail.target.querySelector("[data-result-count]");
    if (status) {
        document.getElementById("results-status").textContent = status.dataset.resultCount;
    }
});
