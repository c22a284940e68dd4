# The page of every center for one household.
centers-title = Every center for your answers
centers-lede = From ZIP code { $zip }, for { $disease }: the { $count } centers we list, from the lowest to the highest likely cost for your family, each worked out with your answers.
centers-how = Each total is a whole estimate with your answers, changing only the center, the distance and, unless you chose one, the way you travel. Distances are a straight line between ZIP areas times a factor for roads.
centers-travel-rule = When you have not chosen, we count driving up to { $limit } miles one way and flying farther.
centers-trials-incomplete = <strong>The trials listed are only those we have seen</strong> at each center, on the day shown. Lists of trial sites are never complete: a center with none listed may still have one. Check each trial's record on ClinicalTrials.gov, and ask the center.
centers-change-answers = Change your answers
centers-your-choice = your choice
centers-total = Your family would likely pay <strong>{ $typical }</strong> (from { $low } to { $high }).
centers-distance = Distance
centers-distance-zip = About { $miles ->
        [one] { $miles } mile
       *[other] { $miles } miles
    } one way ({ $straight ->
        [one] { $straight } mile
       *[other] { $straight } miles
    } in a straight line × { $factor } for roads)
centers-distance-typed = { $miles } miles one way, as you typed it
centers-travel = Travel
centers-travel-usual = { $mode } (usual for this distance)
centers-lodging = Lodging near the center
centers-lodging-rate = { $rate } a night counted
centers-lodging-none = Not priced: you stay with family or friends
centers-trials = Trials for { $disease } seen here
centers-trial-line = { $sponsor }, { $product }; { $cells }; { $status }.
centers-trial-unconfirmed = Not confirmed at this hospital: the page we saw named only the city.
centers-trial-seen = (information from { $date })
centers-trial-unnamed = A trial with no name or number shown
centers-no-trials-seen = None seen. That does not mean there is none: ask the center.
centers-open-estimate = The full estimate for { $center }
centers-compare = Compare with { $center }
centers-made-on = Made on { $date }, using data from { $data }.
trial-status-recruiting = taking new patients when seen
trial-status-active_not_recruiting = running, but not taking new patients when seen
trial-status-not_yet_recruiting = not yet taking patients when seen
trial-status-enrolment_complete = full: not taking new patients
trial-status-unknown = status not known
trial-cells-autologous = made from the patient's own cells
trial-cells-allogeneic = made from a donor's cells
centers-how-link = How we worked these out
centers-how-title = How we worked these out
centers-trials-seen-only = (only those we have seen: check each record)
centers-lodging-home = None: you sleep at home and drive in
centers-trial-at = Seen at { $site }.
centers-neighbouring-zip = (The hospital's ZIP code, { $hospital_zip }, is for the hospital alone and has no Census area; we measure to { $zip }, the area around it.)
