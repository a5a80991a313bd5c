window.trackboard = {
    copy: function (text) {
        return navigator.clipboard.writeText(text);
    }
};
