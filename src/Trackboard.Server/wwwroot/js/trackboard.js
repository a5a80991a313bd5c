window.trackboard = {
    copy: function (text) {
        return navigator.clipboard.writeText(text);
    }
};

// The validation playground posts to the public validate API exactly as an app would, with the key in X-API-Key.
window.trackboard.validate = async function (key, body) {
    const response = await fetch('/api/v1/validate', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-API-Key': key },
        body: body
    });
    return { status: response.status, body: await response.text() };
};

// Ctrl+K (Cmd+K on a Mac) opens the global search from anywhere; the search component registers itself once per circuit.
window.trackboard.registerSearchShortcut = function (component) {
    if (window.trackboard._searchHandler) {
        document.removeEventListener('keydown', window.trackboard._searchHandler);
    }
    window.trackboard._searchHandler = function (e) {
        if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && (e.key === 'k' || e.key === 'K')) {
            e.preventDefault();
            window.trackboard.openSearch(component);
        }
    };
    document.addEventListener('keydown', window.trackboard._searchHandler);
    // A modal dialog keeps the focus: if something else takes it while search is open (such as the focus a
    // navigation that just finished moves to the page's heading), it goes back to the search input.
    if (!window.trackboard._searchFocusTrap) {
        window.trackboard._searchFocusTrap = function (e) {
            const box = document.getElementById('tb-search-backdrop');
            const input = document.getElementById('tb-search-input');
            if (box && input && !box.hidden && !box.contains(e.target)) {
                input.focus();
            }
        };
        document.addEventListener('focusin', window.trackboard._searchFocusTrap);
    }
};

// Shows the search dialog and focuses its empty input at once, then tells the component, so no typed key is lost.
window.trackboard.openSearch = function (component) {
    const box = document.getElementById('tb-search-backdrop');
    const input = document.getElementById('tb-search-input');
    if (box && input) {
        box.hidden = false;
        input.value = '';
        input.focus();
    }
    return component.invokeMethodAsync('Opened');
};

window.trackboard.unregisterSearchShortcut = function () {
    if (window.trackboard._searchHandler) {
        document.removeEventListener('keydown', window.trackboard._searchHandler);
        window.trackboard._searchHandler = null;
    }
};

// Keeps the highlighted search result in view while arrows move through a long list.
window.trackboard.scrollIntoView = function (id) {
    const element = document.getElementById(id);
    if (element) {
        element.scrollIntoView({ block: 'nearest' });
    }
};
