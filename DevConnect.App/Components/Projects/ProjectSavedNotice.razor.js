// Takes one word out of the address without a navigation: the page stays as it is.
export function forgetQuery(name) {
    const url = new URL(location.href);
    url.searchParams.delete(name);
    history.replaceState(history.state, "", url);
}
