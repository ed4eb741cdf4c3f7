// Starts the app. Shipped as a file (not an inline script) so the Content-Security-Policy can
// forbid inline scripts. Paths are relative to this file, so the page works under any sub-path.
import init from './call-record-viewer.js';

init({ module_or_path: new URL('call-record-viewer_bg.wasm', import.meta.url) }).catch((error) => {
  const status = document.getElementById('boot-status');
  if (status) {
    status.textContent = location.protocol === 'file:'
      ? 'Call Record Viewer must be served over http(s), not opened as a file: run `make serve` or copy dist/ to a static host.'
      : `Call Record Viewer could not start: ${error}`;
    status.classList.add('boot-error');
  }
});
