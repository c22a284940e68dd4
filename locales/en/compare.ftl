## The comparison and the advocates' page.

compare-title = Compare scenarios
compare-more = { $amount } more
compare-less = { $amount } less
compare-same = same
compare-not-enough = To compare, a link needs the answers of at least two scenarios (for example <code>a.center=durham&amp;b.center=philadelphia</code>, with every other answer for each). The easiest way is the "Compare with another choice" form at the bottom of an estimate.
compare-lede = Each scenario is a whole estimate of its own. Rows where the scenarios differ are marked. Made on { $date } with data as of { $data }.
compare-scroll = On a small screen, scroll the tables sideways to see every scenario.
compare-fix-title = Some answers need fixing
compare-fix = A scenario with wrong answers has no figures. Open it to fix the answers.
compare-costs-side-by-side = Your family's costs, side by side
compare-costs-caption = Your family's costs, typical
compare-minus-a = { $title } minus A
compare-the-scenario = The scenario
compare-open = Open
compare-differs = (differs)
compare-range = Range for the family (low to high)
compare-low-to-high = { $low } to { $high }
compare-answers-differ = Answers that differ
compare-answer = Answer
compare-shared = Answers the scenarios share
compare-lines-title = What the family pays, line by line (typical)
compare-lines-side-by-side = Line by line, side by side
compare-dash-note = A dash means the line has no published price or does not apply to that scenario. Income and household size are left out of comparisons, so the income section of the estimate does not appear here.
advocates-title = Figures for advocates
advocates-lede = Who gets lupus, who gets into studies, and who lives far from a CAR-T center. These figures help make the case for fair access to CAR-T for autoimmune disease. Each has its source and the year it describes.
advocates-intro = Studies of CAR-T for autoimmune disease are still small, and most report little about who took part, so these figures come from lupus as a whole and from CAR-T for cancer.
advocates-col-figure = Figure
advocates-col-value = Value
advocates-col-meaning = What it means
advocates-col-year = Year
advocates-policy-title = Medicare's coverage policy
advocates-policy = Medicare's national coverage rule for CAR-T (NCD 110.24) covers CAR-T only for cancer uses the FDA approved or drug guides support, and it still refers to the FDA safety program (REMS) that the FDA removed in June 2025. Advocates may ask CMS to update it.
