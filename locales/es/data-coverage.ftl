# Spanish for the prose in the data files. The English stays in the data file, next to
# its source and date; each key is the file, the row and the column.

## data/coverage_rules.csv: reason
coverage-employer-trial-any-cells = El patrocinador del estudio da gratis las células que está probando.
coverage-employer-trial-in-treatment = La ley obliga a los planes privados a pagar la atención de rutina en un ensayo aprobado solo para una enfermedad que "pone en peligro la vida", y cada plan decide si esta enfermedad cuenta. Los planes de antes de 2010 que no han cambiado (planes "protegidos", grandfathered) no tienen que cumplirla. Pida al plan que lo confirme por escrito.
coverage-employer-trial-out-treatment = Los planes privados tienen que pagar la atención de rutina de un ensayo solo para una enfermedad que "pone en peligro la vida", y no tienen que pagar fuera de su red a menos que tengan beneficios fuera de la red. Un acuerdo de caso único puede cambiar eso.
coverage-employer-approved-any-cells = Los planes privados dicen que la terapia CAR-T para estas enfermedades es experimental (en investigación), así que probablemente se nieguen a pagar. Una apelación puede tener éxito.
coverage-employer-approved-any-treatment = Los planes privados dicen que la terapia CAR-T para estas enfermedades es experimental (en investigación), así que probablemente se nieguen a pagar la estancia del tratamiento. Una apelación puede tener éxito.
coverage-employer-any-in-ongoing = La atención de la enfermedad después del tratamiento se le cobra al plan como siempre.
coverage-employer-any-out-ongoing = Los planes con beneficios fuera de la red (como un PPO) pagan parte de esto, sin límite anual para su parte; los planes HMO y EPO no pagan nada a menos que lo aprueben antes.
coverage-employer-any-any-travel = Los planes médicos casi nunca pagan el viaje, así que lo contamos como gasto de la familia, a menos que escriba un beneficio de viaje.
coverage-marketplace-trial-any-cells = El patrocinador del estudio da gratis las células que está probando.
coverage-marketplace-trial-in-treatment = La ley obliga a los planes privados a pagar la atención de rutina en un ensayo aprobado solo para una enfermedad que "pone en peligro la vida", y cada plan decide si esta enfermedad cuenta. Los planes de antes de 2010 que no han cambiado (planes "protegidos", grandfathered) no tienen que cumplirla. Pida al plan que lo confirme por escrito.
coverage-marketplace-trial-out-treatment = Los planes privados tienen que pagar la atención de rutina de un ensayo solo para una enfermedad que "pone en peligro la vida", y no tienen que pagar fuera de su red a menos que tengan beneficios fuera de la red. Un acuerdo de caso único puede cambiar eso.
coverage-marketplace-approved-any-cells = Los planes privados dicen que la terapia CAR-T para estas enfermedades es experimental (en investigación), así que probablemente se nieguen a pagar. Una apelación puede tener éxito.
coverage-marketplace-approved-any-treatment = Los planes privados dicen que la terapia CAR-T para estas enfermedades es experimental (en investigación), así que probablemente se nieguen a pagar la estancia del tratamiento. Una apelación puede tener éxito.
coverage-marketplace-any-in-ongoing = La atención de la enfermedad después del tratamiento se le cobra al plan como siempre.
coverage-marketplace-any-out-ongoing = Los planes con beneficios fuera de la red (como un PPO) pagan parte de esto, sin límite anual para su parte; los planes HMO y EPO no pagan nada a menos que lo aprueben antes.
coverage-marketplace-any-any-travel = Los planes médicos casi nunca pagan el viaje, así que lo contamos como gasto de la familia, a menos que escriba un beneficio de viaje.
coverage-medicare-trial-any-cells = El patrocinador del estudio da gratis las células que está probando.
coverage-medicare-trial-any-treatment = Medicare paga la atención de rutina en los ensayos que califican; los ensayos que funcionan con un permiso de investigación de la FDA (IND) normalmente califican. Medicare Original no tiene redes.
coverage-medicare-approved-any-cells = Medicare cubre la terapia CAR-T solo para el cáncer, así que no pagará este tratamiento fuera de un ensayo.
coverage-medicare-approved-any-treatment = Medicare cubre la terapia CAR-T solo para el cáncer, así que no pagará este tratamiento fuera de un ensayo.
coverage-medicare-any-any-ongoing = La atención de la enfermedad después del tratamiento se le cobra a Medicare como siempre. Medicare Original no tiene redes.
coverage-medicare-any-any-travel = Los planes médicos casi nunca pagan el viaje, así que lo contamos como gasto de la familia, a menos que escriba un beneficio de viaje.
coverage-medicare_advantage-trial-any-cells = El patrocinador del estudio da gratis las células que está probando.
coverage-medicare_advantage-trial-any-treatment = Para los miembros de Medicare Advantage en un ensayo que califica, Medicare Original paga la atención de rutina, dentro o fuera de la red, y el plan paga la diferencia cuando sus propios costos compartidos son más bajos. Contamos el más bajo de los dos cada año.
coverage-medicare_advantage-approved-any-cells = Medicare cubre la terapia CAR-T solo para el cáncer, así que no pagará este tratamiento fuera de un ensayo.
coverage-medicare_advantage-approved-any-treatment = Medicare cubre la terapia CAR-T solo para el cáncer, así que no pagará este tratamiento fuera de un ensayo.
coverage-medicare_advantage-any-in-ongoing = La atención de la enfermedad después del tratamiento se le cobra al plan como siempre.
coverage-medicare_advantage-any-out-ongoing = Los planes con beneficios fuera de la red (planes PPO) pagan parte de esto, sin límite anual para su parte; los planes HMO no pagan nada a menos que lo aprueben antes.
coverage-medicare_advantage-any-any-travel = Los planes médicos casi nunca pagan el viaje, así que lo contamos como gasto de la familia, a menos que escriba un beneficio de viaje.
coverage-medicaid-trial-any-cells = El patrocinador del estudio da gratis las células que está probando.
coverage-medicaid-trial-any-treatment = Desde 2022, Medicaid tiene que pagar la atención de rutina en ensayos para enfermedades graves, aunque sea en otro estado o fuera de la red del plan. Puede que haga falta una aprobación antes.
coverage-medicaid-approved-any-cells = Los programas de Medicaid de los estados pagan la terapia CAR-T para sus usos aprobados contra el cáncer; para estas enfermedades probablemente se nieguen, pero puede pedir la aprobación.
coverage-medicaid-approved-any-treatment = Los programas de Medicaid de los estados pagan la terapia CAR-T para sus usos aprobados contra el cáncer; para estas enfermedades probablemente se nieguen a pagar la estancia del tratamiento, pero puede pedir la aprobación.
coverage-medicaid-any-in-ongoing = La atención de la enfermedad después del tratamiento se le cobra a Medicaid como siempre.
coverage-medicaid-trial-out-ongoing = La atención de seguimiento que es parte del ensayo es atención de rutina del ensayo, que Medicaid tiene que pagar aunque sea en otro estado o fuera de su red. Puede que haga falta una aprobación antes.
coverage-medicaid-approved-out-ongoing = Medicaid paga la atención en otro estado o fuera de su red solo en pocos casos, como cuando acepta que es más fácil recibir la atención allí. Pida la aprobación antes de ir.
coverage-medicaid-any-any-travel = Medicaid tiene que ayudarle a llegar a la atención cubierta (transporte médico que no es de emergencia). Contamos que paga los viajes del paciente y de un acompañante. Cada estado decide cómo, y los viajes largos necesitan aprobación antes: llame temprano a la línea de transporte de Medicaid de su estado.
coverage-uninsured-trial-any-cells = El patrocinador del estudio da gratis las células que está probando.
coverage-uninsured-trial-any-treatment = Sin seguro, a la familia se le cobra la atención de rutina. Pregunte en el hospital por la ayuda financiera antes de que empiece el tratamiento.
coverage-uninsured-approved-any-cells = Sin seguro, a la familia se le cobran las células. Pregunte en el hospital por la ayuda financiera antes de que empiece el tratamiento.
coverage-uninsured-approved-any-treatment = Sin seguro, a la familia se le cobra esta atención. Pregunte en el hospital por la ayuda financiera antes de que empiece el tratamiento.
coverage-uninsured-any-any-ongoing = Sin seguro, a la familia se le cobra esta atención. Pregunte en el hospital por la ayuda financiera.
coverage-uninsured-any-any-travel = Sin seguro, nadie más paga el viaje.
