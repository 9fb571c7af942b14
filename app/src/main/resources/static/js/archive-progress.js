// Updates an archive scan's progress bar while the check runs, and reloads the page to
// show the results when it has finished. Without JavaScript the page has a refresh link.
(function () {
  var panel = document.getElementById('scan-progress')
  if (!panel) { return }
  var bar = document.getElementById('progress-bar')
  var text = document.getElementById('progress-text')
  function poll () {
    fetch(panel.getAttribute('data-progress'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.json() })
      .then(function (progress) {
        if (progress.finished) { window.location.reload(); return }
        bar.value = progress.scanned
        bar.textContent = progress.percent + '%'
        text.textContent = progress.scanned + ' of ' + progress.total + ' posts checked (' + progress.percent + '%).'
        window.setTimeout(poll, 2000)
      })
      .catch(function () { window.setTimeout(poll, 5000) })
  }
  window.setTimeout(poll, 2000)
})()
