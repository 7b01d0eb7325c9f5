// Loaded as a module, so it runs only in browsers that GOV.UK Frontend supports; kept out of the
// page because the content security policy forbids inline script.
import { initAll } from '/lib/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
