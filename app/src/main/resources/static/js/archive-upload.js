// Refuses a file larger than the upload limit before it is sent: the server stops reading
// such a file part way, and the browser would show no useful message. The page states the
// limit for those without JavaScript.
(function () {
  var form = document.getElementById('archive-upload')
  if (!form) { return }
  var input = document.getElementById('file')
  form.addEventListener('submit', function (event) {
    var file = input.files && input.files[0]
    if (!file || file.size <= Number(form.getAttribute('data-limit-bytes'))) { return }
    event.preventDefault()
    var summary = document.getElementById('file-too-large')
    if (!summary) {
      summary = document.createElement('div')
      summary.id = 'file-too-large'
      summary.className = 'govuk-error-summary'
      summary.setAttribute('tabindex', '-1')
      var alert = document.createElement('div')
      alert.setAttribute('role', 'alert')
      var title = document.createElement('h2')
      title.className = 'govuk-error-summary__title'
      title.textContent = 'There is a problem'
      var body = document.createElement('div')
      body.className = 'govuk-error-summary__body'
      var list = document.createElement('ul')
      list.className = 'govuk-list govuk-error-summary__list'
      var item = document.createElement('li')
      var link = document.createElement('a')
      link.href = '#file'
      link.textContent = form.getAttribute('data-too-large')
      item.appendChild(link)
      list.appendChild(item)
      body.appendChild(list)
      alert.appendChild(title)
      alert.appendChild(body)
      summary.appendChild(alert)
      form.parentNode.insertBefore(summary, form.parentNode.firstChild)
      document.title = 'Error: ' + document.title
    }
    summary.focus()
  })
})()
