## The choices on the form: diseases, routes, plans, states.

choice-condition-sle = Lupus (systemic lupus erythematosus, SLE)
choice-condition-lupus_nephritis = Lupus nephritis (lupus that harms the kidneys)
choice-condition-dermatomyositis = Dermatomyositis
choice-condition-antisynthetase = Antisynthetase syndrome
choice-condition-polymyositis = Polymyositis
choice-condition-necrotizing_myopathy = Immune-mediated necrotizing myopathy
choice-condition-systemic_sclerosis = Scleroderma (systemic sclerosis)
choice-condition-inclusion_body_myositis = Inclusion body myositis (IBM)
choice-condition-other = Another autoimmune disease

choice-route-trial = In a clinical trial: the study's sponsor supplies the cells
choice-route-approved = Outside a trial: a licensed product is bought

choice-cells-autologous = Made from the patient's own blood (autologous)
choice-cells-allogeneic = Ready-made from a donor's cells (allogeneic)

choice-travel-usual = What is usual for the distance (drive up to 400 miles one way, fly farther)
choice-travel-drive = Drive
choice-travel-fly = Fly
choice-travel-mode-drive = Drive
choice-travel-mode-fly = Fly

choice-lodging-hotel = Hotel (we use the federal travel rate for the area)
choice-lodging-hospitality_house = Hospitality house or other low-cost room (enter its nightly rate)
choice-lodging-family = With family or friends, at no cost

choice-insurance-type-employer = Job-based plan (through an employer)
choice-insurance-type-marketplace = Marketplace plan (HealthCare.gov or your state's)
choice-insurance-type-medicare = Original Medicare
choice-insurance-type-medicare_advantage = Medicare Advantage
choice-insurance-type-medicaid = Medicaid
choice-insurance-type-uninsured = No health insurance

choice-coverage-tier-self_only = Just the patient (self-only)
choice-coverage-tier-family = The patient and family members (family coverage)

choice-pay-per-hour = an hour
choice-pay-per-week = a week
choice-pay-per-month = a month
choice-pay-per-year = a year
choice-network-yes = Yes
choice-network-no = No
choice-network-unsure = Not sure
choice-yes-no-yes = Yes
choice-yes-no-no = No

choice-price-basis-launch_list = Launch list prices of approved CAR-T products
choice-price-basis-medicare_2026 = What Medicare pays for approved CAR-T products (2026)

state-AL = Alabama
state-AK = Alaska
state-AZ = Arizona
state-AR = Arkansas
state-CA = California
state-CO = Colorado
state-CT = Connecticut
state-DE = Delaware
state-DC = District of Columbia
state-FL = Florida
state-GA = Georgia
state-HI = Hawaii
state-ID = Idaho
state-IL = Illinois
state-IN = Indiana
state-IA = Iowa
state-KS = Kansas
state-KY = Kentucky
state-LA = Louisiana
state-ME = Maine
state-MD = Maryland
state-MA = Massachusetts
state-MI = Michigan
state-MN = Minnesota
state-MS = Mississippi
state-MO = Missouri
state-MT = Montana
state-NE = Nebraska
state-NV = Nevada
state-NH = New Hampshire
state-NJ = New Jersey
state-NM = New Mexico
state-NY = New York
state-NC = North Carolina
state-ND = North Dakota
state-OH = Ohio
state-OK = Oklahoma
state-OR = Oregon
state-PA = Pennsylvania
state-PR = Puerto Rico
state-RI = Rhode Island
state-SC = South Carolina
state-SD = South Dakota
state-TN = Tennessee
state-TX = Texas
state-UT = Utah
state-VT = Vermont
state-VA = Virginia
state-WA = Washington
state-WV = West Virginia
state-WI = Wisconsin
state-WY = Wyoming
choice-stay-usual = What is usual for the drive (at home if it is 2 hours or less, near the center if longer)
choice-stay-lodging = Near the center (hotel, hospitality house, family or friends)
choice-stay-home = At home, driving in for each visit
