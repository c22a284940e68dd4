## El marco de cada página: nombre, menú, cambio de idioma, pie de página, páginas de error.

# El nombre de cada idioma, escrito en ese idioma, para el botón de cambio.
language-name = Español
site-name = Calculadora de costos y acceso a CAR-T
site-description = Lo que puede costarle a su familia la terapia CAR-T para el lupus, la miositis o la esclerodermia, y quién paga cada parte: tratamiento, viaje, alojamiento, comida y sueldo perdido, con fuentes.
site-skip-link = Ir al contenido principal
site-nav-label = Sitio
site-nav-new = Nuevo cálculo
site-nav-sources = De dónde salen nuestras cifras
site-nav-advocates = Para defensores de pacientes
site-footer-privacy = No guardamos ni registramos nada de lo que usted escribe. No hay cuentas, ni cookies, ni rastreadores.
site-footer-not-a-bill = Esto es un cálculo aproximado para ayudarle a planear y a saber qué preguntar. No es una factura, ni una promesa de cobertura, ni un consejo médico.
site-footer-api = Para herramientas e investigación: la API
error-not-found-title = No encontramos la página
error-not-found-message = No hay ninguna página en esta dirección.
error-start-again = Empezar un cálculo nuevo
error-page-failed = Lo sentimos, algo falló de nuestro lado al preparar esta página.
error-file-failed = Lo sentimos, algo falló de nuestro lado al preparar este archivo.
error-link-too-long = Este enlace es demasiado largo. Empiece de nuevo desde el formulario.
error-body-too-large = Esto es más de lo que el formulario envía nunca (64 KB). Empiece de nuevo desde el formulario.
error-batch-too-large = Esto es más de lo que puede ocupar un lote de hogares (2 MB). Envíe menos hogares a la vez.
error-body-damaged = No se pudo leer lo que se envió: llegó incompleto o dañado. Envíelo de nuevo, por favor.
error-body-too-slow = Lo que se envió tardó demasiado en llegar, así que se cerró la conexión. Envíelo de nuevo, por favor.
error-body-not-json = Envíe las respuestas como JSON, con el encabezado Content-Type: application/json.
error-path-too-long = Esta dirección es demasiado larga. Empiece de nuevo desde el formulario.
error-method-not-allowed = Esta dirección no acepta ese tipo de petición.
# The spreadsheet file's name: plain letters, no spaces or accents.
csv-file-name = calculo-costo-car-t-{ $date }
compare-file-name = comparacion-costo-car-t-{ $date }
api-title = La API de la calculadora
api-lede = Todo lo que muestran las páginas, como datos para sus propias herramientas: una lista de casos, una encuesta, un estudio de un condado o una aplicación. Es gratis, no necesita clave y no se guarda ni se registra nada de lo que se le envía.
api-document = Cada dirección, campo y respuesta se describe en el documento OpenAPI (una descripción estándar que las herramientas pueden leer):
api-offers = Qué ofrece
api-offers-estimate = el cálculo completo de un hogar, enviado como JSON con los nombres de los campos del formulario.
api-offers-links = el mismo cálculo para las respuestas de un enlace, como JSON, una hoja de cálculo o un libro de cálculo.
api-offers-centers = todos los centros para un hogar, del más barato al más caro (necesita el código postal de la casa).
api-offers-batch = hasta 1.000 hogares a la vez, cada uno respondido en su lugar con sus totales y su carga, o con lo que está mal en sus respuestas.
api-offers-advocates = las cifras de equidad y acceso de la página para defensores, cada una con su fuente y su fecha.
api-language = Las respuestas están en inglés a menos que agregue ?lang=es o envíe Accept-Language: es.
api-privacy = El dinero vuelve como texto decimal en centavos ("25822.19"). Una respuesta equivocada recibe el estado 422 y un mensaje para cada campo equivocado.
api-example-estimate = Un cálculo
api-example-centers = Todos los centros
api-example-batch = Muchos hogares a la vez
api-answer-starts = La respuesta empieza así (calculada ahora mismo, con las cifras de hoy):
