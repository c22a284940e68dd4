## La página de fuentes y las listas de fuentes.

source-meta = { $publisher }. Publicado: { $published }. Incluido en nuestros datos: { $retrieved }.
source-meta-brief = { $publisher }. Publicado: { $published }.
sources-lede = Cada cifra de un cálculo sale de una de estas fuentes. Cada fuente tiene una fecha. Cuando tuvimos que hacer nuestro propio cálculo, está marcado como <strong>Suposición</strong>, y la página del cálculo también lo dice.
sources-labels = Qué quiere decir cada etiqueta:
sources-primary-meaning = Leímos la cifra en el texto o el archivo de quien la publicó.
sources-secondary-meaning = Leímos la cifra en un informe de otra persona, como una noticia. El enlace lleva a ese informe.
sources-assumption-meaning = Nuestro propio cálculo, o una cifra de una fuente débil. Compárela con lo que le diga su equipo médico.
# The publisher of our own assumptions in the source lists.
source-our-team = El equipo de la Calculadora de costos y acceso a CAR-T
# A source with no publication date.
source-undated = sin fecha

## Qué tan actuales son las tablas (la página de fuentes).
sources-currency-title = Qué tan actuales son nuestras cifras
sources-currency-intro = Cada cifra vale para un período, o sale de datos de una fecha. Cuando un período termina y las cifras nuevas aún no se publican, el cálculo usa las últimas y lo dice.
sources-currency-table = Tabla
sources-currency-holds = Las cifras valen para
sources-currency-update = Las cifras nuevas suelen salir
sources-list-title = Todas las fuentes
table-period = del { $from } al { $to }
table-period-open = desde el { $from }
table-guideline-years = las guías de { $years }, cada una vigente desde su aviso de enero hasta el siguiente
table-data-of = datos de { $dates }
