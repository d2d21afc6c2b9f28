"""Which sample images to make: one card per bulletin that shows one.

Kept apart from the drawing code so adding a bulletin image means adding a
row here and nothing else.
"""

from __future__ import annotations

from typing import NamedTuple

# Area slug -> (visible name, background colour). A sober palette with AA
# contrast for white text.
AREAS: dict[str, tuple[str, tuple[int, int, int]]] = {
    "presidencia": ("Presidencia Municipal", (110, 27, 48)),  # maroon
    "obras-publicas": ("Obras Públicas", (122, 78, 18)),  # ochre
    "proteccion-civil": ("Protección Civil", (148, 52, 24)),  # terracotta
    "salud": ("Salud", (14, 94, 99)),  # teal
    "cultura": ("Cultura", (78, 42, 110)),  # purple
    "desarrollo-social": ("Desarrollo Social", (26, 86, 130)),  # steel blue
    "medio-ambiente": ("Medio Ambiente", (28, 86, 50)),  # forest green
    "transparencia": ("Transparencia", (48, 62, 82)),  # slate
    "comunicacion": ("Comunicación Social", (20, 40, 75)),  # navy
}


class Card(NamedTuple):
    """One image; the file is named after the bulletin that uses it."""

    name: str  # file name in content/boletines/2021/imagenes/
    area: str  # key of AREAS
    when: str  # bulletin date and time, "YYYY-MM-DD HH:MM"
    headline: str  # short headline drawn on the card
    picto: str  # key of pictograms.PICTOGRAMS
    orientation: int  # EXIF Orientation: 1, or 6 to store the pixels rotated


CARDS: list[Card] = [
    Card(
        "2021-01-12-presenta-plan-operativo-anual.jpg",
        "comunicacion",
        "2021-01-12 10:00",
        "Plan Operativo Anual 2021 de Comunicación Social",
        "document",
        1,
    ),
    Card(
        "2021-01-16-premiacion-concurso-cortometraje.jpg",
        "cultura",
        "2021-01-16 13:30",
        "Premiación del Concurso de Cortometraje “Participación Juvenil en Corto”",
        "film",
        1,
    ),
    Card(
        "2021-01-19-filtros-sanitarios-mercado-municipal.jpg",
        "salud",
        "2021-01-19 09:15",
        "Filtros sanitarios en el Mercado Municipal",
        "cross",
        1,
    ),
    Card(
        "2021-01-22-reunion-proceso-electoral.jpg",
        "presidencia",
        "2021-01-22 14:00",
        "Reunión de trabajo rumbo al proceso electoral 2020-2021",
        "ballot",
        1,
    ),
    Card(
        "2021-02-03-capsulas-las-tres-san-isidro.jpg",
        "comunicacion",
        "2021-02-03 11:00",
        "Llegan “Las Tres de San Isidro” y el periódico municipal",
        "play",
        1,
    ),
    Card(
        "2021-02-09-pavimentacion-calle-hidalgo.jpg",
        "obras-publicas",
        "2021-02-09 10:30",
        "Inicia la pavimentación de la calle Hidalgo",
        "road",
        1,
    ),
    Card(
        "2021-02-15-vacunacion-adultos-mayores.jpg",
        "salud",
        "2021-02-15 08:00",
        "Vacunación contra COVID-19 para personas de 60 años y más",
        "syringe",
        6,
    ),
    Card(
        "2021-02-18-convocatoria-becas-estudiantes.jpg",
        "desarrollo-social",
        "2021-02-18 12:30",
        "Convocatoria de becas “Estudiar para Crecer” 2021",
        "cap",
        1,
    ),
    Card(
        "2021-02-24-sesion-publica-cabildo.jpg",
        "presidencia",
        "2021-02-24 18:45",
        "Sesión pública ordinaria de Cabildo",
        "building",
        1,
    ),
    Card(
        "2021-02-26-prevencion-incendios-forestales.jpg",
        "proteccion-civil",
        "2021-02-26 11:15",
        "Prevengamos los incendios forestales",
        "flame",
        1,
    ),
    Card(
        "2021-03-03-fototeca-videoteca-fonoteca.jpg",
        "comunicacion",
        "2021-03-03 10:00",
        "Nacen la fototeca, la videoteca y la fonoteca municipales",
        "camera",
        1,
    ),
    Card(
        "2021-03-08-jornada-dia-de-la-mujer.jpg",
        "desarrollo-social",
        "2021-03-08 09:30",
        "Día Internacional de la Mujer: jornada de servicios",
        "venus",
        1,
    ),
    Card(
        "2021-03-10-jornada-descacharrizacion-dengue.jpg",
        "salud",
        "2021-03-10 10:30",
        "Jornada de descacharrización contra el dengue",
        "mosquito",
        1,
    ),
    Card(
        "2021-03-19-reforestacion-cerro-la-mesa.jpg",
        "medio-ambiente",
        "2021-03-19 13:00",
        "Reforestación en el cerro de La Mesa",
        "tree",
        6,
    ),
    Card(
        "2021-03-25-tianguis-cultural-plaza-armas.jpg",
        "cultura",
        "2021-03-25 17:00",
        "Regresa el Tianguis Cultural a la Plaza de Armas",
        "stall",
        1,
    ),
    Card(
        "2021-03-30-desmiente-informacion-falsa.jpg",
        "comunicacion",
        "2021-03-30 16:20",
        "Ojo con la información falsa en redes sociales",
        "alert",
        1,
    ),
    Card(
        "2021-04-03-suspension-propaganda-gubernamental.jpg",
        "presidencia",
        "2021-04-03 12:00",
        "Suspensión de la propaganda gubernamental durante las campañas",
        "megaphone",
        1,
    ),
    Card(
        "2021-04-13-reparto-agua-pipas.jpg",
        "obras-publicas",
        "2021-04-13 09:00",
        "Reparto de agua en pipas por estiaje",
        "drop",
        1,
    ),
    Card(
        "2021-04-27-transparencia-primer-trimestre.jpg",
        "transparencia",
        "2021-04-27 13:00",
        "Transparencia: obligaciones del primer trimestre de 2021",
        "checklist",
        1,
    ),
    Card(
        "2021-05-04-vacunacion-50-a-59-anos.jpg",
        "salud",
        "2021-05-04 08:30",
        "Vacunación contra COVID-19 para personas de 50 a 59 años",
        "syringe",
        1,
    ),
    Card(
        "2021-05-19-separacion-residuos-colonias.jpg",
        "medio-ambiente",
        "2021-05-19 12:00",
        "Nuevo calendario de recolección separada de residuos",
        "bins",
        1,
    ),
    Card(
        "2021-06-01-operativo-temporada-lluvias.jpg",
        "proteccion-civil",
        "2021-06-01 10:00",
        "Operativo de temporada de lluvias 2021",
        "rain",
        1,
    ),
    Card(
        "2021-06-09-concluye-pavimentacion-hidalgo.jpg",
        "obras-publicas",
        "2021-06-09 12:00",
        "Concluye la pavimentación de la calle Hidalgo",
        "road",
        6,
    ),
    Card(
        "2021-06-15-entrega-becas-estudiantes.jpg",
        "desarrollo-social",
        "2021-06-15 11:00",
        "Entrega de becas a 320 estudiantes",
        "cap",
        1,
    ),
]
