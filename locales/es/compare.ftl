## La comparación y la página para defensores.

compare-title = Comparar casos
compare-more = { $amount } más
compare-less = { $amount } menos
compare-same = igual
compare-not-enough = Para comparar, un enlace necesita las respuestas de al menos dos casos (por ejemplo <code>a.center=durham&amp;b.center=philadelphia</code>, con todas las demás respuestas de cada uno). Lo más fácil es usar el formulario "Comparar con otra opción" al final de un cálculo.
compare-lede = Cada caso es un cálculo completo. Las filas en las que los casos son distintos están marcadas. Hecho el { $date } con datos al { $data }.
compare-scroll = En una pantalla pequeña, deslice las tablas hacia los lados para ver todos los casos.
compare-fix-title = Hay que corregir algunas respuestas
compare-fix = Un caso con respuestas equivocadas no tiene cifras. Ábralo para corregir las respuestas.
compare-costs-side-by-side = Los costos de su familia, uno al lado del otro
compare-costs-caption = Los costos de su familia, típico
compare-minus-a = { $title } menos A
compare-the-scenario = El caso
compare-open = Abrir
compare-differs = (distinto)
compare-range = Rango para la familia (de bajo a alto)
compare-low-to-high = de { $low } a { $high }
compare-answers-differ = Respuestas distintas
compare-answer = Respuesta
compare-shared = Respuestas que los casos tienen en común
compare-lines-title = Lo que paga la familia, línea por línea (típico)
compare-lines-side-by-side = Línea por línea, uno al lado del otro
compare-dash-note = Una raya quiere decir que la línea no tiene precio publicado o que no se aplica a ese caso. Los ingresos y el número de personas del hogar no se usan en las comparaciones, así que aquí no aparece la sección de ingresos del cálculo.
advocates-title = Cifras para defensores de pacientes
advocates-lede = Quién tiene lupus, quién entra en los estudios y quién vive lejos de un centro de CAR-T. Estas cifras ayudan a defender un acceso justo a la terapia CAR-T para las enfermedades autoinmunes. Cada una tiene su fuente y el año que describe.
advocates-intro = Los estudios de CAR-T para enfermedades autoinmunes todavía son pequeños, y la mayoría dicen poco sobre quiénes participaron, así que estas cifras vienen del lupus en general y de la terapia CAR-T para el cáncer.
advocates-col-figure = Cifra
advocates-col-value = Valor
advocates-col-meaning = Qué quiere decir
advocates-col-year = Año
advocates-policy-title = La política de cobertura de Medicare
advocates-policy = La regla nacional de cobertura de Medicare para CAR-T (NCD 110.24) solo cubre la terapia CAR-T para usos contra el cáncer aprobados por la FDA o respaldados por las guías de medicamentos, y todavía menciona el programa de seguridad de la FDA (REMS) que la FDA eliminó en junio de 2025. Los defensores de pacientes pueden pedir a los CMS que la actualicen.
