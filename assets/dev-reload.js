// Loaded only under `npm run dev`. Listens to the server's build id and reloads the
// page when a restarted server sends a different one. Before reloading it fetches the
// kit's own stylesheets and scripts again, because /kit files are served with a
// one-hour max-age and a reload would otherwise take them from the browser cache.

const script = document.currentScript;
const pageBuildId = script.dataset.buildId;
const source = new EventSource(script.dataset.eventsUrl);

async function refreshKitAssets() {
  const urls = [
    ...document.querySelectorAll('link[rel="stylesheet"][href^="/kit/"]'),
    ...document.querySelectorAll('script[src^="/kit/"]'),
  ].map((element) => element.getAttribute('href') ?? element.getAttribute('src'));
  await Promise.allSettled(urls.map((url) => fetch(url, { cache: 'reload' })));
}

source.addEventListener('build', async (event) => {
  if (event.data === pageBuildId) return;
  source.close();
  await refreshKitAssets();
  // A GET of the address without its fragment: reload() would offer to post a form
  // again, and replacing with the same fragment would only scroll.
  window.location.replace(window.location.href.split('#')[0]);
});
