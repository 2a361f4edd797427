// The first refused field in document order, inside the form the summary belongs to. Inputs mark themselves
// with aria-invalid; errors about a whole list (roles, images, skills) are paragraphs, made focusable here so
// a keyboard user lands on the explanation.
export function focusFirstInvalid(summary) {
    const scope = summary.closest("[data-save-scope]") ?? document.body;
    const target = scope.querySelector('[aria-invalid="true"], .dc-field-error');
    if (!target) {
        return false;
    }

    if (!target.matches("input, textarea, select, button, [tabindex]")) {
        target.tabIndex = -1;
    }

    // Centred rather than at the edge, so a sticky Save bar cannot cover it.
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "center" });
    return true;
}
