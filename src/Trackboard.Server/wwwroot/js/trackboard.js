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
