## Lo que cambian los ingresos del hogar: el límite más bajo de un plan plata, Medicaid, la ayuda del hospital.

form-marketplace-metal = Si tiene un plan del Mercado: ¿de qué nivel de metal es?
form-marketplace-metal-help = Los planes son bronce, plata, oro o platino. Con ingresos más bajos, un plan plata tiene un límite anual mucho más bajo de lo que usted paga (una "reducción de costos compartidos"). Si no está seguro, le mostramos los dos.
error-choose-marketplace-metal = Elija bronce, plata, oro, platino o no estoy seguro.
choice-marketplace-metal-bronze = Bronce
choice-marketplace-metal-silver = Plata
choice-marketplace-metal-gold = Oro
choice-marketplace-metal-platinum = Platino
choice-marketplace-metal-unsure = No estoy seguro

estimate-income-title = Lo que cambian sus ingresos
estimate-income-more = Vea lo que cambian sus ingresos.
estimate-assistance = <strong>Esto también depende de la ayuda financiera del hospital.</strong> Si la ayuda financiera del hospital da la ayuda habitual (o la que pide la ley) para sus ingresos, su familia podría pagar <strong>{ $typical }</strong> (lo típico; de { $low } a { $high }).
estimate-medicaid-likely = <strong>Es probable que el paciente pueda tener Medicaid.</strong> Presente una solicitud para saberlo: cambiaría quién paga casi todas las cuentas.
alternative-financial-assistance = Si se aplica la ayuda financiera del hospital

income-silver-applied = Sus ingresos son el { $pct } del nivel federal de pobreza de { $year } (el año que usa la ayuda del Mercado). Por eso su plan plata debería tener un límite anual más bajo: { $limit } en vez de { $plain }. Contamos { $limit }; los papeles de su plan dicen el límite seguro.
income-silver-could = Sus ingresos son el { $pct } del nivel federal de pobreza de { $year } (el año que usa la ayuda del Mercado). Con estos ingresos, un plan plata tiene un límite anual más bajo de lo que usted paga: { $limit } en vez de { $plain }. Los otros niveles no. Con un plan plata, el total de su familia sería de unos { $total } en vez de { $now } (lo típico). Revise el nivel de metal de su plan, o elija plata al inscribirse.
income-silver-own-limit = Con sus ingresos ({ $pct } del nivel federal de pobreza), el límite anual de un plan plata sería { $limit }. Usamos el límite que usted escribió.

income-medicaid-likely = { $state } cubre a los adultos con ingresos de hasta el { $limit } del nivel federal de pobreza, y los suyos son el { $pct }. Por eso es probable que el paciente pueda tener Medicaid. Solo el estado puede decidirlo: presente una solicitud para saberlo. Con Medicaid, la parte de su familia en las cuentas médicas sería de unos { $medicaid } en vez de { $now } (lo típico).
income-medicaid-likely-no-saving = { $state } cubre a los adultos con ingresos de hasta el { $limit } del nivel federal de pobreza, y los suyos son el { $pct }. Por eso es probable que el paciente pueda tener Medicaid. Solo el estado puede decidirlo: presente una solicitud para saberlo. Nuestro cálculo con Medicaid es de { $medicaid } para la parte de su familia en las cuentas médicas (lo típico), no menos que ahora ({ $now }), porque puede que Medicaid no pague parte de esta atención (vea quién paga cada parte). Pregunte en la oficina de Medicaid de su estado antes del tratamiento.
income-medicaid-not-expanded = Sus ingresos son el { $pct } del nivel federal de pobreza. { $state } no ha ampliado Medicaid, así que los adultos sin hijos no califican solo por sus ingresos. En un estado que lo amplió, califican los adultos de hasta el { $line }. Los padres, las personas embarazadas y las personas con discapacidad tal vez califiquen: pregunte.
income-medicaid-not-expanded-limit = Sus ingresos son el { $pct } del nivel federal de pobreza. { $state } no ha ampliado Medicaid: cubre a los adultos solo hasta el { $limit } (en un estado que lo amplió, hasta el { $line }). Los padres, las personas embarazadas y las personas con discapacidad tal vez califiquen con otros ingresos: pregunte.
income-medicaid-apply = Para solicitarlo, comuníquese con la agencia de Medicaid de su estado (Medicaid.gov tiene la lista). Puede solicitarlo en cualquier época del año.
income-medicaid-apply-work-rule = En este estado, los adultos también deben trabajar o hacer otra actividad aprobada para calificar. Para solicitarlo, comuníquese con la agencia de Medicaid de su estado (Medicaid.gov tiene la lista). Puede solicitarlo en cualquier época del año.

income-assistance-by-policy = la política habitual de los hospitales sin fines de lucro
income-assistance-by-law = la ley de { $state }
income-assistance-free = Sus ingresos son el { $pct } del nivel federal de pobreza. { $by } pide atención gratis con estos ingresos. Si la política del hospital cubre su parte, la parte de su familia en las cuentas médicas podría ser { $then } en vez de { $now } (lo típico). Puede que no se incluyan las cuentas de médicos u otros fuera del hospital.
income-assistance-discount-set = Sus ingresos son el { $pct } del nivel federal de pobreza. { $by } pide un descuento del { $off } con estos ingresos. La parte de su familia en las cuentas médicas podría ser { $then } en vez de { $now } (lo típico). Puede que no se incluyan las cuentas de médicos u otros fuera del hospital.
income-assistance-free-or-discount = Sus ingresos son el { $pct } del nivel federal de pobreza. { $by } pide atención gratis o más barata con estos ingresos; la política del hospital dice cuál. La parte de su familia en las cuentas médicas ahora es { $now } (lo típico).
income-assistance-discount = Sus ingresos son el { $pct } del nivel federal de pobreza. { $by } pide un descuento con estos ingresos; cada hospital decide de cuánto. La parte de su familia en las cuentas médicas ahora es { $now } (lo típico).
income-assistance-none = Sus ingresos son el { $pct } del nivel federal de pobreza. La política habitual de los hospitales sin fines de lucro llega hasta el 400 %, y no conocemos una ley del estado del hospital que le dé más. Algunos hospitales ayudan con ingresos más altos, así que pregunte de todos modos.
income-assistance-not-nonprofit = Sus ingresos son el { $pct } del nivel federal de pobreza. Los hospitales sin fines de lucro suelen dar atención gratis hasta el 200 % y descuentos hasta el 400 %, pero este hospital no figura como sin fines de lucro, así que no lo contamos.
income-assistance-government = Este hospital es de un gobierno estatal o local (según la lista de hospitales de Medicare). Puede que no se le aplique la regla federal que obliga a los hospitales sin fines de lucro a tener una política: pregunte si tiene una.
income-assistance-for-profit = Según la lista de hospitales de Medicare, una empresa con fines de lucro es dueña de este hospital. La ley federal no obliga a los hospitales con fines de lucro a dar ayuda financiera: pregunte si la da.
income-assistance-owner-unknown = No sabemos quién es dueño de este hospital, así que no podemos decir qué reglas se aplican.
income-assistance-ask = Pida al hospital su política de ayuda financiera y una solicitud antes del tratamiento.

ladder-caption = La misma situación con otros ingresos (lo típico)
ladder-col-income = Ingresos (parte del nivel federal de pobreza)
ladder-col-total = El total de su familia
ladder-col-medical = Su parte de las cuentas médicas
ladder-col-also = Además, con estos ingresos
ladder-income = { $pct } ({ $income } al año)
ladder-silver = El límite anual de un plan plata sería { $limit }.
ladder-medicaid = Es probable que el paciente pueda tener Medicaid.
ladder-assistance = Con la ayuda del hospital: { $total }.
ladder-nothing = Nada más que sepamos cambia.
