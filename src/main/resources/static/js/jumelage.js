// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
    // An error summary takes focus, so that screen-reader and keyboard users learn of the problem first.
    const summary = document.querySelector(".error-summary");
    if (summary) {
        nameTheFields(summary);
        summary.focus();
    }
});
// Each entry of an error summary names its field ("Titel: Bitte füllen Sie dieses Feld aus"): the label of the field
// it links to, or the legend of the group of checkboxes or radio buttons the field belongs to.
function nameTheFields(summary) {
    summary.querySelectorAll(".error-summary__list a[href^='#']").forEach((link) => {
        const id = decodeURIComponent(link.getAttribute("href").slice(1));
        const field = id && id !== "main" ? document.getElementById(id) : null;
        if (!field) {
            return;
        }
        const label = document.querySelector("label[for='" + CSS.escape(id) + "'] > span:first-child")
            || document.querySelector("label[for='" + CSS.escape(id) + "']");
        const legend = field.closest("fieldset") ? field.closest("fieldset").querySelector("legend") : null;
        const name = (legend && field.matches("input[type=checkbox], input[type=radio]") ? legend : label || legend);
        const text = name ? name.textContent.trim() : "";
        if (text && !link.textContent.startsWith(text)) {
            link.textContent = text + ": " + link.textContent;
        }
    });
}
// After htmx swapped the registry's results, announce them and keep the focus where the person was.
// With hx-swap="outerHTML" the event's target is the element that was replaced, so the new count is read from the page.
document.addEventListener("htmx:afterSwap", (event) => {
    const status = event.detail.target.id === "results" ? document.querySelector("#results [data-result-count]") : null;
    if (status) {
        document.getElementById("results-status").textContent = status.dataset.resultCount;
    }
});
// A request of htmx that fails (the database briefly unreachable: 503; anything else; no connection) changes nothing
// on the page, so say so where the page's messages stand; the next request that succeeds takes the message away.
function requestProblem(text) {
    const region = document.getElementById("request-problem");
    if (!region) {
        return;
    }
    // The live region stays on the page and is emptied first, so that a second failure is announced again.
    region.replaceChildren();
    if (!text) {
        return;
    }
    setTimeout(() => {
        const box = document.createElement("div");
        box.className = "kern-alert kern-alert--danger";
        const header = document.createElement("div");
        header.className = "kern-alert__header";
        const title = document.createElement("span");
        title.className = "kern-title";
        title.textContent = region.dataset[text];
        header.append(title);
        box.append(header);
        region.append(box);
    }, 100);
}
document.addEventListener("htmx:responseError", (event) => {
    requestProblem(event.detail.xhr.status === 503 ? "unavailable" : "failed");
});
document.addEventListener("htmx:sendError", () => requestProblem("failed"));
document.addEventListener("htmx:afterRequest", (event) => {
    if (event.detail.successful) {
        requestProblem(null);
    }
});
