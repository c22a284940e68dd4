## El marco de cada página: nombre, menú, cambio de idioma, pie de página, páginas de error.

# El nombre de cada idioma, escrito en ese idioma, para el botón de cambio.
language-name = Español
site-name = Calculadora de costos y acceso a CAR-T
site-skip-link = Ir al contenido principal
site-nav-label = Sitio
site-nav-new = Nuevo cálculo
site-nav-sources = De dónde salen nuestras cifras
site-nav-advocates = Para defensores de pacientes
site-footer-privacy = No guardamos ni registramos nada de lo que usted escribe. No hay cuentas, ni cookies, ni rastreadores.
site-footer-not-a-bill = Esto es un cálculo aproximado para ayudarle a planear y a saber qué preguntar. No es una factura, ni una promesa de cobertura, ni un consejo médico.
error-not-found-title = No encontramos la página
error-not-found-message = No hay ninguna página en esta dirección.
error-start-again = Empezar un cálculo nuevo
error-page-failed = Lo sentimos, algo falló de nuestro lado al preparar esta página.
error-file-failed = Lo sentimos, algo falló de nuestro lado al preparar este archivo.
error-link-too-long = Este enlace es demasiado largo. Empiece de nuevo desde el formulario.
error-body-too-large = Esto es más de lo que el formulario envía nunca (64 KB). Empiece de nuevo desde el formulario.
error-body-damaged = No se pudo leer lo que se envió: llegó incompleto o dañado. Envíelo de nuevo, por favor.
error-body-too-slow = Lo que se envió tardó demasiado en llegar, así que se cerró la conexión. Envíelo de nuevo, por favor.
error-body-not-json = Envíe las respuestas como JSON, con el encabezado Content-Type: application/json.
error-path-too-long = Esta dirección es demasiado larga. Empiece de nuevo desde el formulario.
error-method-not-allowed = Esta dirección no acepta ese tipo de petición.
# The spreadsheet file's name: plain letters, no spaces or accents.
csv-file-name = calculo-costo-car-t-{ $date }
