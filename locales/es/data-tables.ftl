# Spanish for the prose in the data files. The English stays in the data file, next to
# its source and date; each key is the file, the row and the column.

## data/journey.csv: label, unit, note
journey-evaluation_trips-label = Screening trips to the center
journey-evaluation_trips-unit = round trips
journey-evaluation_trips-note = Trials usually screen in one or two visits.
journey-collection_trips-label = Trips to collect your T cells (apheresis)
journey-collection_trips-unit = round trips
journey-collection_trips-note = Collection takes a few hours; only for cells made from your own blood (autologous).
journey-manufacturing_weeks-label = Weeks while the cells are made (you are at home)
journey-manufacturing_weeks-unit = weeks
journey-manufacturing_weeks-note = Only for cells made from your own blood (autologous).
journey-conditioning_nights-label = Nights near the center for chemotherapy before admission
journey-conditioning_nights-unit = nights
journey-conditioning_nights-note = Chemotherapy takes about 3 days (days -5 to -3 before the cells are given).
journey-hospital_days-label = Days in hospital for the infusion and monitoring
journey-hospital_days-unit = days
journey-hospital_days-note = A patient brochure on CAR-T for myositis says 2-4 weeks; CAR-T stays in 2018 averaged 23 days.
journey-nearby_days-label = Days staying near the center after leaving hospital
journey-nearby_days-unit = days
journey-nearby_days-note = Approved products' labels ask for 2 weeks since June 2025; one autoimmune trial asks for about 30 days.
journey-recovery_weeks-label = Weeks the patient is off work at home to recover
journey-recovery_weeks-unit = weeks
journey-recovery_weeks-note = The brochure says some feel stronger in weeks, others need months.
journey-follow_up_visits-label = Follow-up visits over two years
journey-follow_up_visits-unit = visits
journey-follow_up_visits-note = One trial asks for monthly visits for at least 2 years (24).
journey-follow_up_years-label = Years of follow-up care
journey-follow_up_years-unit = years
journey-follow_up_years-note = Follow-up lasts 2 years or more.
journey-prophylaxis_months-label = Months of medicines to prevent infection
journey-prophylaxis_months-unit = months
journey-prophylaxis_months-note = Antibiotics, antivirals and antifungals for at least 6 and up to 12 months.
journey-tocilizumab_doses-label = Doses of tocilizumab for cytokine release syndrome (CRS)
journey-tocilizumab_doses-unit = doses
journey-tocilizumab_doses-note = Low: no CRS treatment; typical: one dose; high: four doses, the most the label allows.

## data/unit_costs.csv: label, unit, note
unit_cost-drive_per_mile-label = Cost of driving per mile
unit_cost-drive_per_mile-unit = USD per mile
unit_cost-drive_per_mile-note = Low and typical: the IRS medical rate (gas and oil). High: the IRS business rate (the full cost of running a car).
unit_cost-airfare_round_trip-label = Round-trip plane ticket per traveler
unit_cost-airfare_round_trip-unit = USD per round trip
unit_cost-airfare_round_trip-note = Average domestic round-trip fare.
unit_cost-parking_per_day-label = Parking at the center per day
unit_cost-parking_per_day-unit = USD per day
unit_cost-parking_per_day-note = 32% of cancer centers had free parking; the mean was $7.79 and the highest $40.
unit_cost-pet_boarding_per_night-label = Boarding one pet per night
unit_cost-pet_boarding_per_night-unit = USD per night
unit_cost-pet_boarding_per_night-note = Dog boarding price guides; an assumption.
unit_cost-tocilizumab_dose-label = One 560 mg dose of tocilizumab
unit_cost-tocilizumab_dose-unit = USD per dose
unit_cost-tocilizumab_dose-note = Medicare payment limit for a 70 kg adult.
unit_cost-follow_up_care_per_year-label = Medical care per year after CAR-T
unit_cost-follow_up_care_per_year-unit = USD per year
unit_cost-follow_up_care_per_year-note = Low and typical: yearly cost after CAR-T in a German lupus study. High: the yearly cost before CAR-T, if the disease comes back. German costs: a rough guide.
unit_cost-apheresis_collection-label = Collecting your T cells (apheresis)
unit_cost-apheresis_collection-unit = USD per collection
unit_cost-apheresis_collection-note = No published U.S. price found. In trials the sponsor usually pays; for approved products it has been included in the product price.
unit_cost-conditioning_chemotherapy-label = Chemotherapy before the infusion (fludarabine and cyclophosphamide)
unit_cost-conditioning_chemotherapy-unit = USD per course
unit_cost-conditioning_chemotherapy-note = No published U.S. price found for these drugs and visits.
unit_cost-prophylaxis_per_month-label = Medicines to prevent infection
unit_cost-prophylaxis_per_month-unit = USD per month
unit_cost-prophylaxis_per_month-note = No current sourced U.S. price found for the antiviral, antibiotic and antifungal medicines.
unit_cost-median_weekly_pay-label = Median weekly pay of a full-time worker
unit_cost-median_weekly_pay-unit = USD per week
unit_cost-median_weekly_pay-note = Shown as a hint only; never used unless you enter pay.

## data/product_prices.csv: label, unit, note
price-launch_list-label = the launch list prices of approved CAR-T products
price-launch_list-unit = USD per treatment
price-launch_list-note = Low and high are the $375,000-$475,000 range quoted for cancer (Yescarta launched at $373,000 and Kymriah at $475,000 in 2017). Typical is the midpoint: an assumption.
price-medicare_2026-label = what Medicare pays for approved CAR-T products (Q2 2026)
price-medicare_2026-unit = USD per dose
price-medicare_2026-note = Low: Tecartus; typical: Breyanzi (the median of the five products with a published limit); high: Kymriah. Medicare's limit is average sales price plus 6%.

## data/insurance_presets.csv: note
preset-employer-deductible = Average deductible for single coverage.
preset-employer-coinsurance_pct = Average coinsurance for a hospital stay.
preset-employer-oop_max = The highest limit the law allows for one person in 2026; many plans are lower.
preset-marketplace-oop_max = The highest limit the law allows for one person in 2026. Without your plan's deductible we assume you pay everything up to this limit.
preset-medicare-part_a_deductible = Covers hospital days 1-60.
preset-medicare-part_a_daily_61_90 = For hospital days 61-90 of a benefit period.
preset-medicare-part_b_coinsurance_pct = No yearly limit without a supplement plan.
preset-medicare_advantage-oop_max = Not confirmed; many plans are lower. Without your plan's deductible we assume you pay everything up to this limit.
preset-medicaid-oop_max = Some states charge small copays.
preset-employer-oop_max_family = The highest limit the law allows for family coverage in 2026; your plan may also have a lower limit for each person.
preset-marketplace-oop_max_family = The highest limit the law allows for family coverage in 2026; your plan may also have a lower limit for each person.
preset-medicare-supplement_pays_pct = Assumed: a supplement (Medigap) plan pays all of Original Medicare's deductibles and coinsurance for covered care. Many plans leave some to you; the premium is not counted.

## data/paid_leave.csv: note
leave-CA = The 2026 maximum was not found; this is the 2025 maximum. California paid family leave alone does not protect your job. The 90% rate is only for lower earners (about under $63,000 a year).
leave-CO = This maximum held until June 30, 2026; the current one may be higher.
leave-DE = Benefits began January 1, 2026, and leave to care for a family member is capped at 6 weeks every 2 years.
leave-DC = The number of weeks and the share of pay are recalled, not verified. This maximum may have changed since October 1, 2025; check with the state.
leave-ME = Benefits began May 1, 2026; this maximum held until June 30, 2026 and may have changed since.
leave-MD = Benefits have been delayed. They will not start before January 1, 2027, and will start no later than January 3, 2028. No benefit is counted.
leave-MN = Benefits began January 1, 2026. This maximum held until October 26, 2026; the current one may be higher.
leave-NJ = It covers care for anyone with a close, family-like relationship. One source gives a maximum of $1,199, so check the current figure with the state.
leave-NY = It also covers care for a brother or sister.
leave-OR = The number of weeks is recalled, not verified. This maximum may have changed since July 2025; check with the state.
leave-RI = The share of pay it replaces was not found, so no benefit is counted; the maximum is up to $1,489 a week with dependents. This maximum may have changed since July 1, 2025; check with the state.
leave-WA = You need 820 hours of work in the qualifying period.
