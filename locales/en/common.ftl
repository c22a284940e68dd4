## Dates, lists and other pieces used everywhere.

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-long = { $month } { $day }, { $year }
list-and = and
# Used by the i18n unit tests.
date-example = Starts { $date }
nights =
    { $count ->
        [one] { $count } night
       *[other] { $count } nights
    }
# Sentences joined by the code; no words of its own.
sentences = { $parts }
