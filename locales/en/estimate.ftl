## The estimate page.

estimate-title = Your CAR-T cost estimate
estimate-lede = { $heading }. Made on { $date }.
estimate-summary-title = What your family may pay
estimate-headline = <span class="big">{ $amount }</span> is our typical estimate.
estimate-range = It could be as low as <strong>{ $low }</strong> or as high as <strong>{ $high }</strong>, depending on how long each step takes and on prices.
estimate-rest-trial = Of about { $billed } in medical bills, the study's sponsor pays about { $sponsor } and your insurance about { $insurer }.
estimate-rest-trial-uninsured = Of about { $billed } in medical bills, the study's sponsor pays about { $sponsor }; with no insurance, your family is billed for the rest.
estimate-rest = Of about { $billed } in medical bills, your insurance pays about { $insurer }.
estimate-rest-uninsured = With no insurance, your family is billed for all { $billed } of the medical bills. Ask the hospital about its financial help.
estimate-next-step = <strong>Your next step:</strong> ask { $ask }: “{ $question }” This answer moves your total the most.
estimate-next-step-default = <strong>Your next step:</strong> print this estimate and take it to the center's social worker or financial counselor.
estimate-agreement = <strong>The center is outside your plan's network.</strong> If your plan agrees to treat it as in network (a <a href="#plan-title">single-case agreement</a>), your family may pay <strong>{ $typical }</strong> (typical; { $low } to { $high }).
estimate-assumed-plan = <strong>Your plan's own figures would make this closer.</strong> Without your plan's deductible and coinsurance we assume the worst case: you pay every bill until you reach the yearly limit. You can find them on your plan's summary of benefits and <a href="#plan-title">see the figures we used</a>.
estimate-alternatives = <strong>This depends on decisions your plan makes.</strong> We counted one answer for each (see <a href="#coverage-title">who pays for each part</a>).
estimate-alternative = { $condition }, your family may pay <strong>{ $typical }</strong> (typical; { $low } to { $high }).
estimate-family-costs = Your family's costs
estimate-col-what = What
col-low = Low
col-typical = Typical
col-high = High
estimate-row-medical = Your share of medical bills
estimate-row-living = Travel, lodging, food and care at home
estimate-month-nothing = Nothing to pay ($0.00)
estimate-row-pay = Lost pay
estimate-row-total = Total for your family
estimate-leave-taken-off = Already taken off the caregiver's lost pay: state paid family leave, { $amount } (typical). See <a href="#work-tax-title">Time off work and taxes</a>.
estimate-who-pays-medical = Who pays the medical bills
estimate-col-who = Who
estimate-row-sponsor = The trial's sponsor (the company or group running the study)
estimate-row-insurance = Insurance
estimate-row-family = Your family
estimate-row-all-medical = All medical bills
estimate-unpriced =
    <strong>Not included in these totals:</strong> { $items }. We found no published price for { $count ->
        [one] it
       *[other] these
    }, so your costs may be higher. See <a href="#questions">questions to ask</a>.
estimate-assumption-mark = Figures marked <span class="assumption-mark">*</span> rest on an assumption (our own estimate or a weak source), not a published figure.
estimate-on-this-page = On this page
estimate-burden-title = Your costs and your income
estimate-work-tax-title = Time off work and taxes
estimate-aid-title = Help you can apply for
estimate-notes-nav = Things to know
estimate-timeline-title = When you pay: the timeline
estimate-levers-title = What would change this number
estimate-share-nav = Save, print or share
estimate-compare-title = Compare with another choice
estimate-lines-title = Line by line
estimate-coverage-nav = Who pays for each part
estimate-sources-title = Sources
estimate-sources-more = What each source says, what kind of source it is and the day we took it into our data are on the <a href="{ $href }">Sources page</a> and in the print view.
estimate-burden-share = Your share of medical bills would be <strong>{ $typical }%</strong> of a year's household income of { $income } (typical; { $low }% to { $high }%). With travel, lodging and food it would be { $all }%.
estimate-leave-title = Paid family leave
estimate-leave-pays = Paid leave would pay <strong>{ $typical }</strong> of the caregiver's lost pay (typical; { $low } to { $high }).
estimate-tax-title = The medical expense tax deduction
estimate-tax-intro = If you itemize deductions on your federal tax return (list them one by one instead of taking the standard deduction), you can deduct medical costs above { $pct }% of your income. Most families do not itemize, so this may not help you. A tax preparer can tell you.
estimate-tax-caption = Costs that count toward the deduction
estimate-tax-col = What counts
estimate-tax-trips = Trips (plane fares, or driving at { $cents } cents a mile, the IRS medical rate)
estimate-tax-parking = Parking
estimate-tax-lodging = Lodging, up to { $limit } a night ({ $alone } for the caregiver alone while the patient is in hospital; meals do not count)
estimate-tax-counted = Total that counts
estimate-tax-minus = Minus { $pct }% of your income
estimate-tax-deduct = What you could deduct
estimate-tax-helps = A deduction lowers the income you pay tax on; it does not come back as cash. What it saves depends on your tax rate.
estimate-tax-exceeds = Here the amount is more than your income, and a deduction can only lower the income you pay tax on to zero, so the rest would not help.
estimate-tax-no-help = In the typical estimate the costs that count stay under { $pct }% of your income, so the deduction would not help.
estimate-tax-method = We treat all costs as falling in one tax year and use the income you entered in place of your adjusted gross income. Keep every receipt.
estimate-aid-intro = Each group decides for itself who gets help, and money often runs out, so none of this is a promise. We took these details from each group's published pages on the date shown; programs change often, so check before you apply. Ask the center's social worker which ones they work with.
estimate-aid-worth = Worth applying
estimate-aid-check-first = Check first:
estimate-aid-checked = (information from { $date })
estimate-aid-contact = Apply or ask:
estimate-aid-spanish-line = in Spanish
estimate-aid-contact-secondary = This was listed on another site, not the program's own: check it.
estimate-aid-contact-checked = (read on { $date })
estimate-aid-no-phone = We did not find a phone number on its site.
estimate-aid-no-national-phone = There is no national number: that page leads to your state's Medicaid agency.
estimate-aid-no-contact = We did not find an apply page or a phone number on the program's own site: ask the center's social worker how to reach it.
estimate-aid-likely-not = Likely not for you
estimate-aid-because = likely not for you, because { $because }
estimate-notes-title = Things to know for your situation
estimate-answers-title = Your answers
estimate-change-answers = Change your answers
estimate-cash-up-front = <strong>Cash you may need up front:</strong> about <strong>{ $amount }</strong> for travel, lodging, food and care at home before you go home { $home }
estimate-cash-benefit-later = ({ $amount } of it paid back later by the travel benefit)
estimate-cash-lost-pay = In that time the household also goes without <strong>{ $amount }</strong> of pay
estimate-cash-leave-later = (state paid leave should replace { $amount } of it later)
estimate-cash-largest-bill = Bills for care come later: your family's largest medical bills are likely in { $month }, about { $amount }.
estimate-phases-caption = The journey on the calendar (typical lengths)
estimate-phases-caption-undated = The journey week by week from the first visit (typical lengths)
estimate-col-step = Step
estimate-col-from = From
estimate-col-to = To
estimate-months-caption = What your family pays each month (typical)
estimate-col-month = Month
estimate-col-medical = Medical bills
estimate-col-living = Travel, lodging, food, care at home
estimate-col-total = Total
estimate-cash-note = The amounts are the typical estimate's; when each falls is our assumption: screening a week apart, follow-up visits evenly spaced, bills about a month after care.
estimate-cash-undated-note = No start date was given, so weeks and months are counted from the first visit to the center (the first screening visit); a month here is 30 days. Enter the date you expect to arrive for treatment (on the form, under "When") to see the same tables with calendar dates. <a href="#answers-title">Change your answers</a>.
estimate-levers-intro = These answers move your family's typical total the most. Each was worked out by changing only that answer.
estimate-lever = { $from }, { $total_from }; { $to }, { $total_to } (a difference of { $swing }). Ask { $ask }: "{ $question }"
estimate-share-title = Save or share this estimate
estimate-share-intro = Nothing is saved on our side: these links carry your answers in the web address.
estimate-share-intro-no-money = Nothing is saved on our side: these links carry your answers in the web address, but not the pay, household income or household size you entered. Someone who opens them sees the estimate without lost pay.
estimate-share-intro-with-money = Nothing is saved on our side: these links carry your answers in the web address. As you asked, they carry the pay, household income and household size you entered too, so share them only with people you trust.
estimate-share-link = Link to this estimate
estimate-share-link-help = bookmark it, or copy it into an email or an aid application.
estimate-share-form = Link to the form, filled in with these answers
estimate-share-form-help = send it to a family to finish or change.
estimate-share-print = Printable summary
estimate-share-print-help = the essentials on one page, then every line, the notes and the sources.
estimate-share-print-posted-help = the essentials on one page, then every line, the notes and the sources, with everything you entered (nothing goes into the web address).
estimate-share-xlsx = Download a workbook (Excel)
estimate-share-xlsx-help = the answers and totals, every line, plan years, month by month, aid programs, notes and sources, each on its own sheet, with the date and the data version.
estimate-share-csv = Download the lines as a spreadsheet (CSV)
estimate-share-or = or
estimate-share-json = as JSON
estimate-share-files-posted = The files carry everything you entered, as this page does, and nothing goes into the web address.
estimate-share-include-money = Include pay, household income and household size in the links (anyone you send them to will see them)
estimate-share-update = Update the links
estimate-compare-intro = See this estimate next to one or two others with a different center, distance, route, way of travel, place to stay or income. Change any of these, then compare.
estimate-compare-distance = Distance from home, one way
estimate-compare-distance-help = Change this too if you choose another center.
estimate-compare-route = How the patient gets CAR-T
estimate-compare-travel = How you travel
estimate-compare-lodging = Where you stay
estimate-compare-rate-help = Needed for a hospitality house.
estimate-compare-button = Compare
estimate-lines-intro = Low, typical and high are three whole scenarios: the low column uses the shortest stays and lowest prices, the high column the longest and highest. "How we worked it out" shows the typical figures.
estimate-col-item = Item
estimate-col-basis = How we worked it out
estimate-col-who-pays = Who pays
estimate-col-family-pays = Your family pays (typical)
estimate-no-price = No published price: <a href="#questions">ask</a>
estimate-typical-paren = (typical)
estimate-not-known = not known
estimate-group-share = Your family's share of { $group }
estimate-rounding = Amounts are rounded to the cent. Totals are added up before rounding, so they can differ by a cent from the sum of the rounded lines.
estimate-questions-title = Costs we could not price: questions to ask
estimate-coverage-title = Who pays for each part of the care
estimate-coverage-intro-trial = This follows the law and the usual rules for your kind of coverage and for care in a clinical trial. Where a plan decides case by case, we say so and show what your family pays either way.
estimate-coverage-intro-approved = This follows the law and the usual rules for your kind of coverage and for treatment outside a trial. Where a plan decides case by case, we say so and show what your family pays either way.
estimate-coverage-caption = Who pays, and why
estimate-col-part = Part of the care
estimate-col-why = Why
estimate-alternative-caption = { $condition }: your family's costs
estimate-years-title = Medical bills by plan year
estimate-years-caption = Medical bills and who pays them, each plan year (typical)
estimate-col-plan-year = Plan year
estimate-col-bills = Bills
estimate-col-insurance-pays = Insurance pays
estimate-col-cost-sharing = Your deductible and coinsurance
estimate-col-not-covered = Not covered: your family pays
estimate-col-family-range = Your family pays (low to high)
estimate-year-limit = (limit { $limit })
estimate-low-to-high = ({ $low } to { $high })
estimate-years-sponsor-note = Bills the trial's sponsor pays are left out of this table.
estimate-plan-title = Your insurance: { $name }
estimate-out-of-network = <strong>The center is outside your plan's network.</strong> Out of network, the yearly limit on what you pay may not apply (unless your plan sets its own), and the center may bill you for the rest of its price, beyond what the plan pays (a "balance bill"). We do not count a balance bill here.
estimate-single-case = Before you go, ask your plan for a <strong>single-case agreement</strong>: a one-time contract that lets you use your in-network benefits at this center, for example because no center in your network offers this treatment. When you ask, it may be called a <strong>network gap exception</strong>. The center has to agree too.
estimate-journey-title = The steps we counted
estimate-journey-caption = How long each step takes
estimate-col-origin = Where it comes from
estimate-step-skipped = Not needed with donor cells.
estimate-words-title = Words used on this page
estimate-term-1 = CAR-T
estimate-term-1-meaning = A treatment that changes a person's T cells (a kind of white blood cell) in a lab so they attack the cells causing the disease, then gives them back by drip.
estimate-term-2 = Apheresis
estimate-term-2-meaning = Collecting T cells from the blood with a machine, over a few hours.
estimate-term-3 = Conditioning
estimate-term-3-meaning = A few days of chemotherapy just before the cells are given.
estimate-term-4 = Sponsor
estimate-term-4-meaning = The company or group that runs and pays for a clinical trial.
estimate-term-5 = Deductible, coinsurance, out-of-pocket limit
estimate-term-5-meaning = What you pay before insurance shares costs; your share of each bill after that; and the most you pay in a year.
estimate-term-6 = Plan year
estimate-term-6-meaning = The 12 months your plan's deductible and yearly limit count over. Most plans start a new one on 1 January.
estimate-term-7 = Network
estimate-term-7-meaning = The hospitals and doctors your plan has a contract with. Care outside it usually costs you more.
estimate-term-8 = Cost sharing
estimate-term-8-meaning = The part of a covered bill you pay yourself: the deductible, coinsurance and copays.
estimate-term-9 = PPO, HMO, EPO
estimate-term-9-meaning = Kinds of health plans. A PPO pays part of the cost outside its network; an HMO or EPO usually pays nothing outside its network unless it approves the care first.
estimate-term-10 = Qualifying trial
estimate-term-10-meaning = A clinical trial that meets the rules for insurance to pay its routine care, for example one run under an FDA research permit (an IND) or paid for by the U.S. government.
estimate-term-11 = Routine care
estimate-term-11-meaning = In a trial, the care you would get anyway (hospital days, tests, treatment of side effects), as opposed to the experimental cells and tests done only for the research.
estimate-term-12 = GSA rate
estimate-term-12-meaning = The most the U.S. government pays its own staff for a hotel room and meals in a city. We use it as a fair budget.
chart-title = Your family's costs by kind, low, typical and high
refs-sources = { $count ->
        [one] Source
       *[other] Sources
    }
refs-assumption = (assumption)

# Figures not yet published for a year the journey reaches ($needed), and the year used instead ($used).
gap-gsa = GSA's hotel and meal rates for federal fiscal { $count ->
    [one] year
   *[other] years
} { $needed } are not out yet: fiscal year { $used }'s are used.
gap-plan = Plan figures for { $needed } (the legal out-of-pocket limits or Medicare's amounts) are not out yet: { $used }'s are used.
gap-mileage = The IRS mileage rates for { $needed } are not out yet: { $used }'s are used.
gap-poverty = The federal poverty guidelines for { $needed } are not out yet: { $used }'s are used.
gap-paid-leave = The state's paid-leave maximum for { $needed } was not found: the one from { $used } is used.
gap-medicine = Medicare's payment limits for medicines in { $needed } were not in the files we could read: the latest we found, from { $used }, are used.
gap-medicine-quarter = Medicare sets its payment limits for medicines every three months, and the latest ones were not in the files we could read: for { $needed } we use the latest we found, from an earlier quarter of { $used }.
gap-airfare = Average airfares for { $needed } were not in the figures we could read: the latest we found, from { $used }, are used.
estimate-gaps-intro = Some figures for your dates are not published yet, or we could not find them. We use the latest ones we have, so these costs may change:
estimate-figures-today = Without a start date, every price and plan figure is the one in force today, { $date }. Enter the date you expect to start to use the figures of your dates.
fiscal-year = FY{ $year }
line-lodging-dated = on average over your dates, each night at the rate of its season and federal fiscal year ({ $years }); low and high price every night at the lowest and the highest of those rates
estimate-warnings-title = Check these answers: this estimate uses them as given.
estimate-warnings-change = To change them, use "Change your answers" under Your answers.
estimate-network-unsure = That is if the center is in your plan's network. <strong>If it is not</strong>, your family may pay <strong>{ $typical }</strong> (typical; { $low } to { $high }).
estimate-network-question = One question settles it. Ask your plan: "Is { $center } in network for CAR-T treatment, the hospital stay and the follow-up visits?" If it is not, ask for a single-case agreement: the plan pays as if the center were in network.
estimate-the-center = the center

## Folded sections (<details>): what opening each one shows.
fold-aid = Show the help programs: { $worth } worth applying for, { $unlikely } likely not for you
fold-notes = Show the notes: { $groups }
fold-months = Show the money month by month ({ $count } months)
fold-lines = Show every line, with how each was worked out and its sources
fold-coverage = Show who pays each part of the care, and why
fold-plan-years = Show the medical bills by plan year ({ $count ->
    [one] 1 year
   *[other] { $count } years
})
fold-plan = Show your plan's figures
fold-journey = Show each step of the journey, with its low, typical and high length
fold-words = Show the words explained
fold-sources = Show the { $count } sources
estimate-every-center-intro = Where else could you go? See every center we list, ranked by what going there would likely cost your family, with the trials seen there for this disease (it needs your ZIP code).
estimate-every-center = Every center for your answers
estimate-compare-b = Choice B
estimate-compare-c = Choice C (optional)
estimate-compare-no-third = No third choice
estimate-compare-distance-zip-help = Leave it blank to use the distance from your ZIP code to the center you pick.
estimate-compare-include-income = Count pay and income in the comparison
estimate-compare-include-income-help = They are sent with the form, never in the page's address. Untick it to compare without them.
estimate-compare-income = Household income a year
estimate-compare-income-help = Change it to see what your family would pay with another income. It counts only when the box below is ticked.
