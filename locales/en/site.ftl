## The frame of every page: name, navigation, language switch, footer, error pages.

# The name of each language, written in that language, for the switch.
language-name = English
site-name = CAR-T Cost & Access Estimator
site-description = What CAR-T cell therapy for lupus, myositis or scleroderma may cost your family, and who pays each part: treatment, travel, lodging, food and lost pay, with sources.
site-skip-link = Skip to main content
site-nav-label = Site
site-nav-new = New estimate
site-nav-sources = Where our numbers come from
site-nav-advocates = For advocates
site-footer-privacy = We do not store or log anything you type. No accounts, no cookies, no trackers.
site-footer-not-a-bill = This is an estimate to help you plan and know what to ask. It is not a bill, a promise of coverage, or medical advice.
site-footer-api = For tools and research: the API
error-not-found-title = Page not found
error-not-found-message = There is no page at this address.
error-start-again = Start a new estimate
error-page-failed = Sorry, something went wrong on our side while making this page.
error-file-failed = Sorry, something went wrong on our side while making this file.
error-link-too-long = This link is too long. Start again from the form.
error-body-too-large = This is more than the form ever sends (64 KB). Start again from the form.
error-batch-too-large = This is more than a batch of households may be (2 MB). Send fewer households at a time.
error-body-damaged = What was sent could not be read: it arrived incomplete or damaged. Please send it again.
error-body-too-slow = What was sent took too long to arrive, so the connection was closed. Please send it again.
error-body-not-json = Send the answers as JSON, with the header Content-Type: application/json.
error-path-too-long = This address is too long. Start again from the form.
error-method-not-allowed = This address does not take that kind of request.
# The spreadsheet file's name: plain letters, no spaces or accents.
csv-file-name = car-t-cost-estimate-{ $date }
compare-file-name = car-t-cost-comparison-{ $date }
api-title = The estimator's API
api-lede = Everything the pages show, as data for your own tools: a caseload, a survey, a county study or an app. It is free, needs no key, and nothing sent to it is stored or logged.
api-document = Every address, field and answer is described in the OpenAPI document (a standard description that tools can read):
api-offers = What it offers
api-offers-estimate = the whole estimate for one household, sent as JSON with the form's field names.
api-offers-links = the same estimate for the answers in a link, as JSON, a spreadsheet file or a workbook.
api-offers-centers = every center for a household, cheapest first (it needs a home ZIP code).
api-offers-batch = up to 1,000 households at once, each answered in its place with its totals and burden, or with what is wrong with its answers.
api-offers-advocates = the equity and access figures on the advocates' page, each with its source and date.
api-language = Answers are in English unless you add ?lang=es or send Accept-Language: es.
api-privacy = Money comes back as decimal text in whole cents ("25822.19"). A wrong answer gets status 422 and a message for each wrong field.
api-example-estimate = One estimate
api-example-centers = Every center
api-example-batch = Many households at once
api-answer-starts = The answer starts like this (worked out just now, with today's figures):
