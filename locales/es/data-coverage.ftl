# Spanish for the prose in the data files. The English stays in the data file, next to
# its source and date; each key is the file, the row and the column.

## data/coverage_rules.csv: reason
coverage-employer-trial-any-cells = The trial's sponsor supplies the cells it is testing, free of charge.
coverage-employer-trial-in-treatment = The law makes private plans pay for routine care in an approved trial only for a "life-threatening" disease, and each plan decides whether this one counts. Plans from before 2010 that have not changed ("grandfathered" plans) need not follow it. Ask the plan to confirm in writing.
coverage-employer-trial-out-treatment = Private plans must pay for routine trial care only for a "life-threatening" disease, and need not pay outside their network unless they have out-of-network benefits. A single-case agreement can change that.
coverage-employer-approved-any-cells = Private plans call CAR-T for these diseases experimental (investigational), so they will likely refuse to pay. An appeal may succeed.
coverage-employer-approved-any-treatment = Private plans call CAR-T for these diseases experimental (investigational), so they will likely refuse to pay for the treatment stay. An appeal may succeed.
coverage-employer-any-in-ongoing = Care for the disease after treatment is billed to the plan as usual.
coverage-employer-any-out-ongoing = Plans with out-of-network benefits (such as a PPO) pay part of this, with no yearly limit on your share; HMO and EPO plans pay nothing unless they approve it first.
coverage-employer-any-any-travel = Health plans rarely pay for travel, so we count it as the family's, unless you enter a travel benefit.
coverage-marketplace-trial-any-cells = The trial's sponsor supplies the cells it is testing, free of charge.
coverage-marketplace-trial-in-treatment = The law makes private plans pay for routine care in an approved trial only for a "life-threatening" disease, and each plan decides whether this one counts. Plans from before 2010 that have not changed ("grandfathered" plans) need not follow it. Ask the plan to confirm in writing.
coverage-marketplace-trial-out-treatment = Private plans must pay for routine trial care only for a "life-threatening" disease, and need not pay outside their network unless they have out-of-network benefits. A single-case agreement can change that.
coverage-marketplace-approved-any-cells = Private plans call CAR-T for these diseases experimental (investigational), so they will likely refuse to pay. An appeal may succeed.
coverage-marketplace-approved-any-treatment = Private plans call CAR-T for these diseases experimental (investigational), so they will likely refuse to pay for the treatment stay. An appeal may succeed.
coverage-marketplace-any-in-ongoing = Care for the disease after treatment is billed to the plan as usual.
coverage-marketplace-any-out-ongoing = Plans with out-of-network benefits (such as a PPO) pay part of this, with no yearly limit on your share; HMO and EPO plans pay nothing unless they approve it first.
coverage-marketplace-any-any-travel = Health plans rarely pay for travel, so we count it as the family's, unless you enter a travel benefit.
coverage-medicare-trial-any-cells = The trial's sponsor supplies the cells it is testing, free of charge.
coverage-medicare-trial-any-treatment = Medicare pays for routine care in qualifying trials; trials run under an FDA research permit (IND) usually qualify. Original Medicare has no networks.
coverage-medicare-approved-any-cells = Medicare covers CAR-T only for cancer, so it will not pay for this treatment outside a trial.
coverage-medicare-approved-any-treatment = Medicare covers CAR-T only for cancer, so it will not pay for this treatment outside a trial.
coverage-medicare-any-any-ongoing = Care for the disease after treatment is billed to Medicare as usual. Original Medicare has no networks.
coverage-medicare-any-any-travel = Health plans rarely pay for travel, so we count it as the family's, unless you enter a travel benefit.
coverage-medicare_advantage-trial-any-cells = The trial's sponsor supplies the cells it is testing, free of charge.
coverage-medicare_advantage-trial-any-treatment = For Medicare Advantage members in a qualifying trial, Original Medicare pays the routine care, in or out of network, and the plan pays the difference when its own cost sharing is lower. We count the lower of the two each year.
coverage-medicare_advantage-approved-any-cells = Medicare covers CAR-T only for cancer, so it will not pay for this treatment outside a trial.
coverage-medicare_advantage-approved-any-treatment = Medicare covers CAR-T only for cancer, so it will not pay for this treatment outside a trial.
coverage-medicare_advantage-any-in-ongoing = Care for the disease after treatment is billed to the plan as usual.
coverage-medicare_advantage-any-out-ongoing = Plans with out-of-network benefits (PPO plans) pay part of this, with no yearly limit on your share; HMO plans pay nothing unless they approve it first.
coverage-medicare_advantage-any-any-travel = Health plans rarely pay for travel, so we count it as the family's, unless you enter a travel benefit.
coverage-medicaid-trial-any-cells = The trial's sponsor supplies the cells it is testing, free of charge.
coverage-medicaid-trial-any-treatment = Since 2022 Medicaid must pay for routine care in trials for serious diseases, even in another state or outside the plan's network. Approval first may be needed.
coverage-medicaid-approved-any-cells = State Medicaid programs pay for CAR-T for its approved cancer uses; for these diseases they will likely refuse, but you can ask for approval.
coverage-medicaid-approved-any-treatment = State Medicaid programs pay for CAR-T for its approved cancer uses; for these diseases they will likely refuse to pay for the treatment stay, but you can ask for approval.
coverage-medicaid-any-in-ongoing = Care for the disease after treatment is billed to Medicaid as usual.
coverage-medicaid-trial-out-ongoing = Follow-up care that is part of the trial is routine trial care, which Medicaid must pay for even in another state or outside its network. Approval first may be needed.
coverage-medicaid-approved-out-ongoing = Medicaid pays for care in another state or outside its network only in a few cases, such as when it agrees the care is more readily available there. Ask for approval before you go.
coverage-medicaid-any-any-travel = Medicaid must help you get to covered care (non-emergency medical transportation). We count it as paying the trips for the patient and one helper. Each state decides how, and long trips need approval first: call your state's Medicaid ride line early.
coverage-uninsured-trial-any-cells = The trial's sponsor supplies the cells it is testing, free of charge.
coverage-uninsured-trial-any-treatment = Without insurance the family is billed for routine care. Ask the hospital about financial assistance before treatment starts.
coverage-uninsured-approved-any-cells = Without insurance the family is billed for the cells. Ask the hospital about financial assistance before treatment starts.
coverage-uninsured-approved-any-treatment = Without insurance the family is billed for this care. Ask the hospital about financial assistance before treatment starts.
coverage-uninsured-any-any-ongoing = Without insurance the family is billed for this care. Ask the hospital about financial assistance.
coverage-uninsured-any-any-travel = Without insurance nobody else pays for travel.
