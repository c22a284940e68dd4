## What the household's income changes: a silver plan's lower limit, Medicaid, hospital help.

form-marketplace-metal = If you have a Marketplace plan: what metal level is it?
form-marketplace-metal-help = Plans are bronze, silver, gold or platinum. With a lower income, a silver plan has a much lower yearly limit on what you pay (a "cost-sharing reduction"). If you are not sure, we show both.
error-choose-marketplace-metal = Choose bronze, silver, gold, platinum or not sure.
choice-marketplace-metal-bronze = Bronze
choice-marketplace-metal-silver = Silver
choice-marketplace-metal-gold = Gold
choice-marketplace-metal-platinum = Platinum
choice-marketplace-metal-unsure = Not sure

estimate-income-title = What your income changes
estimate-income-more = See what your income changes.
estimate-assistance = <strong>This also depends on the hospital's financial help.</strong> If the hospital's financial assistance gives the help that is usual (or the law) at your income, your family may pay <strong>{ $typical }</strong> (typical; { $low } to { $high }).
estimate-medicaid-likely = <strong>The patient is likely eligible for Medicaid.</strong> Apply to find out: it would change who pays almost every bill.
alternative-financial-assistance = If the hospital's financial assistance applies

income-silver-applied = Your income is { $pct } of the { $year } federal poverty level (the year Marketplace help uses). So your silver plan should have a lower yearly limit: { $limit } instead of { $plain }. We counted { $limit }; your plan papers show the limit for sure.
income-silver-could = Your income is { $pct } of the { $year } federal poverty level (the year Marketplace help uses). At this income a silver plan has a lower yearly limit on what you pay: { $limit } instead of { $plain }. Other metal levels do not. With a silver plan your family's total would be about { $total } instead of { $now } (typical). Check your plan's metal level, or pick silver when you enroll.
income-silver-own-limit = At your income ({ $pct } of the federal poverty level), a silver plan's yearly limit would be { $limit }. We used the limit you entered.

income-medicaid-likely = { $state } covers adults with income up to { $limit } of the federal poverty level, and yours is { $pct }. So the patient is likely eligible for Medicaid. Only the state can decide: apply to find out. With Medicaid, your family's share of the medical bills would be about { $medicaid } instead of { $now } (typical).
income-medicaid-likely-no-saving = { $state } covers adults with income up to { $limit } of the federal poverty level, and yours is { $pct }. So the patient is likely eligible for Medicaid. Only the state can decide: apply to find out. Our estimate with Medicaid is { $medicaid } for your family's share of the medical bills (typical), not less than now ({ $now }), because Medicaid may not pay for some of this care (see who pays for each part). Ask your state's Medicaid office before treatment.
income-medicaid-not-expanded = Your income is { $pct } of the federal poverty level. { $state } has not expanded Medicaid, so adults without children do not qualify on income alone. In a state that expanded it, adults up to { $line } do. Parents, pregnant people and people with disabilities may still qualify: ask.
income-medicaid-not-expanded-limit = Your income is { $pct } of the federal poverty level. { $state } has not expanded Medicaid: it covers adults only up to { $limit } (in a state that expanded it, up to { $line }). Parents, pregnant people and people with disabilities may qualify at other incomes: ask.
income-medicaid-apply = To apply, contact your state's Medicaid agency (Medicaid.gov lists each one). You can apply any time of year.
income-medicaid-apply-work-rule = In this state, adults must also work or do another approved activity to qualify. To apply, contact your state's Medicaid agency (Medicaid.gov lists each one). You can apply any time of year.

income-assistance-by-policy = the usual policy of nonprofit hospitals
income-assistance-by-law = { $state } law
income-assistance-free = Your income is { $pct } of the federal poverty level. { $by } calls for free care at this income. If the hospital's policy covers your share, your family's part of the medical bills could be { $then } instead of { $now } (typical). Bills from doctors or others outside the hospital may not be included.
income-assistance-discount-set = Your income is { $pct } of the federal poverty level. { $by } calls for { $off } off at this income. Your family's part of the medical bills could be { $then } instead of { $now } (typical). Bills from doctors or others outside the hospital may not be included.
income-assistance-free-or-discount = Your income is { $pct } of the federal poverty level. { $by } calls for free or lower-cost care at this income; the hospital's policy says which. Your family's part of the medical bills is now { $now } (typical).
income-assistance-discount = Your income is { $pct } of the federal poverty level. { $by } calls for a discount at this income; each hospital decides how much. Your family's part of the medical bills is now { $now } (typical).
income-assistance-none = Your income is { $pct } of the federal poverty level. The usual policy of nonprofit hospitals stops at 400%, and we know of no law in the hospital's state that goes higher for you. Some hospitals help at higher incomes, so ask anyway.
income-assistance-not-nonprofit = Your income is { $pct } of the federal poverty level. Nonprofit hospitals usually give free care up to 200% of it and discounts up to 400%, but this hospital is not listed as a nonprofit, so we did not count on it.
income-assistance-government = This hospital is owned by a state or local government (as Medicare's hospital list says). The federal rule that makes nonprofit hospitals have a policy may not apply to it: ask whether it has one.
income-assistance-for-profit = Medicare's hospital list says a for-profit company owns this hospital. Federal law does not make for-profit hospitals give financial help: ask whether it does.
income-assistance-owner-unknown = We do not know who owns this hospital, so we can't say which rules apply.
income-assistance-ask = Ask the hospital for its financial assistance policy and an application before treatment.

ladder-caption = The same situation at other incomes (typical)
ladder-col-income = Income (share of the federal poverty level)
ladder-col-total = Your family's total
ladder-col-medical = Your share of medical bills
ladder-col-also = Also at this income
ladder-income = { $pct } ({ $income } a year)
ladder-silver = A silver plan's yearly limit would be { $limit }.
ladder-medicaid = The patient would likely qualify for Medicaid.
ladder-assistance = With the hospital's help: { $total }.
ladder-nothing = Nothing else we know of changes.
