## The frame of every page: name, navigation, language switch, footer, error pages.

# The name of each language, written in that language, for the switch.
language-name = English
site-name = CAR-T Cost & Access Estimator
site-skip-link = Skip to main content
site-nav-label = Site
site-nav-new = New estimate
site-nav-sources = Where our numbers come from
site-nav-advocates = For advocates
site-footer-privacy = We do not store or log anything you type. No accounts, no cookies, no trackers.
site-footer-not-a-bill = This is an estimate to help you plan and know what to ask. It is not a bill, a promise of coverage, or medical advice.
error-not-found-title = Page not found
error-not-found-message = There is no page at this address.
error-start-again = Start a new estimate
error-page-failed = Sorry, something went wrong on our side while making this page.
error-file-failed = Sorry, something went wrong on our side while making this file.
error-link-too-long = This link is too long. Start again from the form.
error-body-too-large = This is more than the form ever sends (64 KB). Start again from the form.
error-body-damaged = What was sent could not be read: it arrived incomplete or damaged. Please send it again.
error-body-too-slow = What was sent took too long to arrive, so the connection was closed. Please send it again.
error-body-not-json = Send the answers as JSON, with the header Content-Type: application/json.
error-path-too-long = This address is too long. Start again from the form.
error-method-not-allowed = This address does not take that kind of request.
# The spreadsheet file's name: plain letters, no spaces or accents.
csv-file-name = car-t-cost-estimate-{ $date }
