## Fechas, listas y otras piezas que se usan en todas partes.

month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
date-long = { $day } de { $month } de { $year }
list-and = y
# Lo usan las pruebas de i18n.
date-example = Empieza el { $date }
nights =
    { $count ->
        [one] { $count } noche
       *[other] { $count } noches
    }
# Sentences joined by the code; no words of its own.
sentences = { $parts }
