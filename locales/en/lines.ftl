## The estimate's lines: names, units, how each was worked out, who pays and why;
## plan years, the timeline's phases, the levers, and why an aid program may not fit.

line-collection = Collecting the patient's T cells (apheresis)
unit-collections = collections
line-collection-ask-trial = Ask the trial coordinator whether the study pays for collecting your cells, and what you might be billed.
line-conditioning = Chemotherapy before the cells are given (conditioning)
line-collection-included = When a product is bought, collecting the cells is part of its price: Medicare pays for it with the product, and it is not billed on its own.
line-conditioning-basis = Drugs only, at Medicare's payment limits: for an adult of { $bsa } m² of body surface (an assumption), fludarabine { $flu_dose } mg per m² { $flu_days ->
        [one] once
       *[other] for { $flu_days } days
    } ({ $flu_units } units of 50 mg at { $flu_price }) and cyclophosphamide { $cy_dose } mg per m² { $cy_days ->
        [one] once
       *[other] for { $cy_days } days
    } ({ $cy_units } units of 5 mg at { $cy_price }). Low { $low }, for a smaller adult; high { $high }, the usual regimen before CAR-T for cancer, for a larger adult. A bill with the fee for giving the drugs will be higher.
unit-usd-per-course = USD per course
unit-course = course
line-product = The CAR-T cells (the product)
unit-treatment = treatment
line-product-basis-trial = The trial's sponsor supplies the cells. What they are worth, going by { $prices }: { $low } to { $high } (typical { $typical }).
line-product-basis-approved = One treatment with a licensed CAR-T product, priced by { $prices }: { $low } to { $high } (typical { $typical }). No CAR-T product is approved for these diseases yet.
line-hospital-basis-state = { $days ->
        [one] { $days } day
       *[other] { $days } days
    } in hospital × { $rate } a day, what nonprofit hospitals in { $state } spend per patient day ({ $year }). Low uses { $low }, the U.S. for-profit figure, where lower.
line-hospital-basis-us = { $days ->
        [one] { $days } day
       *[other] { $days } days
    } in hospital × { $rate } a day, what U.S. nonprofit hospitals spend per patient day ({ $year }). Low uses { $low }, the U.S. for-profit figure, where lower.
line-hospital-basis-no-state = { $days ->
        [one] { $days } day
       *[other] { $days } days
    } in hospital × { $rate } a day, what U.S. nonprofit hospitals spend per patient day ({ $year }); we have no figure for { $state }. Low uses { $low }, the U.S. for-profit figure, where lower.
line-hospital = Hospital stay for the infusion and monitoring
unit-days = days
unit-usd-per-day = USD per day
line-complications-basis = Treatment for cytokine release syndrome (CRS), a reaction to the cells with fever and low blood pressure: { $doses ->
        [one] { $doses } dose
       *[other] { $doses } doses
    } of tocilizumab at { $rate } each. Low: none; high: { $high ->
        [one] { $high } dose
       *[other] { $high } doses
    }, the most the label allows.
line-complications = Treating side effects in hospital (CRS)
unit-doses = doses
line-prophylaxis = Medicines to prevent infection after treatment
unit-months = months
line-prophylaxis-basis = { $months ->
        [one] { $months } month
       *[other] { $months } months
    } of antiviral, antibiotic and antifungal medicines.
line-prophylaxis-ask = Ask the center's pharmacist which infection-prevention medicines you will take, for how many months, and what your plan charges for each per month.
line-follow-up-basis = { $years ->
        [one] { $years } year
       *[other] { $years } years
    } × { $rate } a year, the medical cost per year after CAR-T in a German lupus study. High: { $high } a year, the cost before CAR-T, if the disease comes back. German costs, so a rough guide.
line-follow-up = Follow-up care (visits, tests, treatment)
unit-years = years
line-travel-trips = { $trips ->
        [one] { $trips } round trip
       *[other] { $trips } round trips
    } ({ $visits ->
        [one] { $visits } visit
       *[other] { $visits } visits
    } + the treatment stay)
line-drive-basis = { $trips } × 2 × { $miles } miles = { $total } miles × { $rate } a mile, the IRS medical rate (gas and oil). High uses the IRS business rate, { $high } a mile, the full cost of running a car.
line-drive = Driving to and from the center
unit-miles = miles
line-fly-basis = { $trips } × { $travelers ->
        [one] { $travelers } traveler
       *[other] { $travelers } travelers
    } = { $tickets ->
        [one] { $tickets } ticket
       *[other] { $tickets } tickets
    } × { $rate }, the average U.S. round-trip fare.
line-fly = Flying to and from the center
unit-tickets = tickets
line-nights = { $nights ->
        [one] { $nights } room-night
       *[other] { $nights } room-nights
    } ({ $before } before admission{ $in_hospital } + { $after } nearby after{ $on_trips })
line-nights-in-hospital = {" + "}{ $nights } while the patient is in hospital
line-nights-on-trips = {" + "}{ $nights } on visit trips
line-lodging-basis-family = { $nights }, staying with family or friends at no cost.
line-lodging-basis-own = { $nights } × { $rate } a night, the rate you entered.
line-lodging-all-year = the same all year
line-lodging-season = the season of your start date, { $date }; low and high are the cheapest and most expensive seasons
line-lodging-year-average = the average over the year; low and high are the cheapest and most expensive seasons
line-lodging-basis-gsa = { $nights } × { $rate } a night, the federal (GSA) hotel rate for { $place }, { $when }. One room is shared.
line-lodging = Lodging near the center
unit-room-nights = room-nights
unit-usd-per-night = USD per night
line-meals-basis = { $days ->
        [one] { $days } person-day
       *[other] { $days } person-days
    } away ({ $patient } for the patient, not counting days in hospital, + { $caregiver_days } for { $caregivers ->
        [one] { $caregivers } caregiver
       *[other] { $caregivers } caregivers
    }) × { $rate } a day, the federal (GSA) meals rate for { $place }. Day trips add no meals.
line-meals = Meals while away from home
unit-person-days = person-days
unit-usd-per-person-day = USD per person-day
line-parking-basis = { $days ->
        [one] { $days } day
       *[other] { $days } days
    } near the center × { $rate } a day, the average at cancer centers. Low: free parking (a third of centers); high: { $high } a day.
line-parking-basis-fly = You fly, so no parking at the center is counted.
line-parking = Parking at the center
line-child-care-basis = { $days ->
        [one] { $days } day
       *[other] { $days } days
    } the family is away × { $rate } a day, the amount you entered.
line-child-care = Child care at home
line-pet-care-basis = { $pets ->
        [one] { $pets } pet
       *[other] { $pets } pets
    } × { $nights ->
        [one] { $nights } night
       *[other] { $nights } nights
    } away = { $pet_nights ->
        [one] { $pet_nights } pet-night
       *[other] { $pet_nights } pet-nights
    } × { $rate } a night, from pet-boarding price guides (an assumption).
line-pet-care = Pet care at home
unit-pet-nights = pet-nights
line-patient-income = Patient's lost pay
line-caregiver-income = Caregiver's lost pay
unit-unpaid-days = unpaid working days
unit-usd-per-working-day = USD per working day
line-income-no-caregiver = No caregiver travels with the patient, so no caregiver pay is lost.
line-income-no-pay-patient = No weekly pay was entered for the patient, so no lost pay is counted.
line-income-no-pay-caregiver = No weekly pay was entered for the caregiver, so no lost pay is counted.
line-income-recovery = , including { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } at home
line-income-only-one-caregiver = Only the caregiver whose pay you entered is counted.
line-income-pay-used = Pay: { $how }.
pay-weekly-from-hour = { $amount } an hour × { $hours } hours a week = { $weekly } a week
pay-weekly-from-month = { $amount } a month × 12 ÷ 52 = { $weekly } a week
pay-weekly-from-year = { $amount } a year ÷ 52 = { $weekly } a week
line-income-basis = { $days ->
        [one] { $days } day
       *[other] { $days } days
    } away{ $recovery } = { $working_days } working days ({ $week } of every 7), minus { $paid } paid days off = { $unpaid } unpaid days × { $rate } a day ({ $weekly } a week ÷ { $week }).
reason-unpriced-trial = Often paid by the trial, but this depends on the study: ask.
reason-unpriced = Who pays depends on your plan and the center: ask.
reason-if-agrees = If the plan agrees to pay: { $reason }
reason-if-refuses = If the plan refuses: { $reason }
reason-counted-paid = Counted as paid by the plan, but not certain. { $reason }
reason-counted-not-paid = Counted as not paid by the plan, but not certain. { $reason }
reason-billed-in-full-no-limit = The family is billed in full, and it does not count toward the yearly limit.
reason-billed-in-full = The family is billed in full.
reason-travel-benefit = We count the plan's travel benefit the way a typical plan's works: it pays trips, and lodging up to { $lodging } a night, when the center is more than { $miles } miles away, up to the { $benefit } you entered. Such benefits often cover only approved treatments: ask whether yours applies.
reason-travel-benefit-too-close = The plan's travel benefit applies only when the center is more than { $miles } miles away, so it is not counted.
reason-medicaid-rides-not-for-this = Medicaid rides are for getting to care Medicaid pays for, so here the family pays for the trips.
reason-medicaid-rides-uncertain = If Medicaid does not pay for rides, the family pays for the trips.
reason-non-medical = Health plans rarely pay for lodging, meals and care at home, so we count them as the family's.
reason-lost-pay = Pay lost while away from work falls on the family.
reason-leave-rate = { $rate } of weekly pay
reason-leave-rate-range = { $counted } to { $best } of weekly pay, depending on the pay (we count { $counted } except in the low estimate)
reason-leave = { $state } paid family leave ({ $program }) pays { $rate }, up to { $max } a week ({ $as_of }), for up to { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } of caring. The caregiver must qualify and apply; the rest of the lost pay falls on the family.
plan-year-calendar = { $year }
plan-year-number = Plan year { $number }
terms-uninsured = The family pays every bill.
terms-nothing = It charges the family nothing for covered care.
terms-up-to-limit = You pay the deductible and coinsurance, up to { $limit } a year.
terms-no-limit = You pay the deductible and coinsurance, with no yearly limit unless the plan sets its own.
terms-medicare-supplement = You owe Medicare's deductibles and coinsurance, with no yearly limit; we count your supplement plan as paying { $pct } of them.
terms-medicare = You pay Medicare's deductibles and coinsurance, with no yearly limit.
phase-screening = Screening visits
phase-collection = Collecting the cells
phase-manufacturing = The cells are made (at home)
phase-conditioning = Chemotherapy before the cells
phase-hospital = In the hospital (the cells are given on the first day)
phase-nearby = Living near the center
phase-recovery = Recovery at home
phase-follow-up = Follow-up visits
lever-follow-up = follow-up visits at the center
lever-follow-up-ask = How many follow-up visits are at the center, and can some be done near home?
lever-nearby = days living near the center after leaving the hospital
lever-nearby-ask = How long must we stay near the center after the hospital stay?
lever-hospital = days in the hospital
lever-hospital-ask = How many days in the hospital does the plan of care expect?
lever-recovery = weeks of recovery at home before going back to work
lever-recovery-ask = How soon can the patient go back to work?
lever-lodging = where you stay near the center
lever-lodging-hotel = a hotel
lever-lodging-free = free housing (family, friends or a free hospitality house)
lever-lodging-ask-trial = Is there a hospitality house or other low-cost housing near the center, and does the study help pay for lodging?
lever-lodging-ask = Is there a hospitality house or other low-cost housing near the center?
lever-travel-driving = driving
lever-travel-flying = flying
lever-travel = how you travel
lever-travel-ask-trial = Will the study book or pay back travel, and which way does it prefer?
lever-travel-ask = Which way is cheaper for each trip, and is there help with travel costs?
lever-medicaid-rides = whether Medicaid pays for rides to the center
lever-plan = what your plan agrees to pay for
lever-plan-pays = if it pays
lever-plan-refuses = if it refuses
lever-medicaid-rides-ask = Will Medicaid arrange or pay for rides to the center? Ask for the approval in writing.
lever-plan-ask-trial = Will the plan pay for this care in this trial? Ask for the answer in writing before you start.
lever-plan-ask = Will the plan pay for CAR-T for this disease? Ask for prior approval in writing before you start.
lever-network = whether the plan treats the center as in network
lever-network-out = out of network
lever-network-agreement = in network, through a single-case agreement
lever-network-ask = Will the plan agree to a single-case agreement or a network gap exception for this center?
lever-amount = { $count } { $unit }
aid-only-cancer = It is only for people with cancer.
aid-only-blood-cancer = It is only for people with blood cancer.
aid-only-lupus = It is only for people with lupus.
aid-only-myositis = It is only for people with myositis.
aid-only-scleroderma = It is only for people with scleroderma.
aid-check-autoimmune = Ask whether people getting CAR-T for an autoimmune disease can get this help.
aid-only-medicaid = It is only for people with Medicaid.
aid-only-insured = It is only for people who have health insurance.
aid-only-trial = It is for people in a clinical trial.
aid-only-near = It works only near { $cities }.
aid-min-distance = It helps only when the trip is { $miles } miles or more one way.
aid-max-distance = It usually helps only with trips of up to about { $miles } miles one way.
aid-income-yours-just-above = yours is just above it
aid-income-yours = yours is about { $pct }
aid-income-over = Household income must be at or below { $limit } of the poverty level ({ $amount } a year for your household); { $yours }.
aid-income-limit = Household income must be at or below { $limit } of the poverty level.
aid-min-age = It is for patients { $years } or older.
aid-max-age = It is for patients { $years } or younger.
aid-age-at-least = The patient must be { $years } or older.
aid-age-at-most = The patient must be { $years } or younger.
aid-age-between = The patient must be { $min } to { $max } years old.
verbatim = { $text }

## Itemizing against the standard deduction.
tax-itemizing-unlikely-single = Itemizing is unlikely to help. In the typical estimate you could deduct { $amount }, but the standard deduction for one person in { $year } is { $single }. Itemizing helps only if your other itemized costs (such as state and local taxes, mortgage interest and gifts to charity) add up to more than { $gap }.
tax-itemizing-unlikely = Itemizing is unlikely to help. In the typical estimate you could deduct { $amount }, but the standard deduction in { $year } is { $single } for a single person, { $head } for a head of household and { $joint } for a married couple filing together. Itemizing helps only if your other itemized costs (such as state and local taxes, mortgage interest and gifts to charity) add up to more than the difference: at least { $gap }.
tax-itemizing-depends = Itemizing may help, depending on how you file. In the typical estimate you could deduct { $amount }; the standard deduction in { $year } is { $single } for a single person, { $head } for a head of household and { $joint } for a married couple filing together. A tax preparer can tell you which is better.
tax-itemizing-likely-single = Itemizing is likely to help: the { $amount } you could deduct is more than the standard deduction for one person in { $year }, { $single }. A tax preparer can help you claim it.
tax-itemizing-likely = Itemizing is likely to help: the { $amount } you could deduct is more than the standard deduction in { $year } for any way of filing (the largest is { $joint }, for a married couple filing together). A tax preparer can help you claim it.
line-travel-trips-home = { $trips ->
        [one] { $trips } round trip
       *[other] { $trips } round trips
    } ({ $visits ->
        [one] { $visits } visit
       *[other] { $visits } visits
    } + the treatment stay + { $stay ->
        [one] { $stay } drive in from home
       *[other] { $stay } drives in from home
    } during the weeks of treatment)
line-nights-home = { $nights ->
        [one] { $nights } room-night
       *[other] { $nights } room-nights
    }: you sleep at home during the weeks of treatment and drive in
line-parking-basis-home = { $days ->
        [one] { $days } day
       *[other] { $days } days
    } you drive in × { $rate } a day, the average at cancer centers. Low: free parking (a third of centers); high: { $high } a day.
lever-stay = where you sleep during the weeks of treatment
lever-stay-home = at home, driving in
lever-stay-near = near the center
lever-stay-ask = May we sleep at home during the weeks of treatment and drive in for each visit, or must we stay near the center?
line-ground = Rides to airports and to the center
line-ground-basis = { $airport ->
        [one] { $airport } ride
       *[other] { $airport } rides
    } to and from the airports ({ $per_trip } for each flight there and back) × { $airport_fare } + { $local ->
        [one] { $local } city ride
       *[other] { $local } city rides
    } between your lodging and the center ({ $per_day } each clinic or treatment day) × { $local_fare }. One ride carries the whole family.
unit-rides = rides
unit-usd-per-ride = USD per ride
reason-ground-transport = Health plans rarely pay for rides, so we count them as the family's. Medicaid rides or a travel benefit may pay some of them if you get approval first: ask before you go.
reason-medicaid-flights = Medicaid must help you get to covered care, but it pays for flights, and for trips to another state, only when it approves them first, and it may say no. So we count the flights as the family's; if Medicaid approves them, it pays the fares for the patient and one helper. Ask your state's Medicaid transportation line well before you go.
