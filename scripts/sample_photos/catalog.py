"""Which galleries and photos to make, and what the site says about them.

The Spanish texts here are written into each gallery's ``index.md`` and
``fotos.yml``; the rest (time, orientation, scene) drives the rendering and
the EXIF. Captions are in ``captions``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .captions import SHOTS


@dataclass
class Shot:
    file: str
    time: str  # "HH:MM:SS", capture time on the gallery's date
    scene: str  # function name in the gallery's scene module
    caption: str
    alt: str
    orientation: int = (
        1  # EXIF Orientation: 1, 3 (stored upside down) or 6 (stored rotated)
    )
    portrait: bool = False
    credit: str | None = None


@dataclass
class Gallery:
    folder: str  # content/galerias/<folder>/
    module: str  # scene module in this package
    title: str
    date: str
    area: str
    place: str
    summary: str
    credit: str
    cover: str
    bulletin: str
    tags: list[str]
    body: str
    camera: tuple[str, str] = ("Canon", "EOS 90D")
    gps: tuple[float, float, float] = (20.5074, -103.3102, 1551.0)
    shots: list[Shot] = field(default_factory=list)


GALLERIES = [
    Gallery(
        "2021-01-16-premiacion-cortometraje",
        "teatro",
        "Premiación del Concurso Municipal de Cortometraje «Participación Juvenil en Corto»",
        "2021-01-16 11:00",
        "cultura",
        "Teatro Municipal Juárez, San Isidro del Monte",
        "Jóvenes realizadores del municipio recibieron los reconocimientos de la primera "
        "edición del concurso, en una ceremonia con aforo reducido que se transmitió en vivo.",
        "Laura Méndez / Comunicación Social",
        "06-ganadores.jpg",
        "2021-01-16-premiacion-concurso-cortometraje",
        ["cultura", "juventud", "participación ciudadana"],
        "La Dirección de Cultura y la Coordinación de Comunicación Social entregaron los "
        "premios del primer Concurso Municipal de Cortometraje «Participación Juvenil en "
        "Corto». Por las medidas sanitarias, solo asistieron las personas premiadas, el "
        "jurado y un acompañante por participante, con sana distancia y cubrebocas. Durante "
        "la ceremonia se proyectaron fragmentos de los tres trabajos ganadores y de la "
        "mención honorífica, y la transmisión pudo seguirse en las redes sociales del "
        "Ayuntamiento.",
        gps=(20.5083, -103.3121, 1552.0),
    ),
    Gallery(
        "2021-02-24-sesion-cabildo",
        "cabildo",
        "Sesión pública ordinaria de Cabildo de febrero",
        "2021-02-24 17:00",
        "presidencia",
        "Sala de Cabildo, Palacio Municipal",
        "El pleno del Ayuntamiento aprobó el programa de obra pública 2021, las reglas del "
        "programa de becas y un convenio con el Instituto Electoral del Estado.",
        "Ricardo Salas / Comunicación Social",
        "04-votacion.jpg",
        "2021-02-24-sesion-publica-cabildo",
        ["transparencia", "obra pública", "becas"],
        "La sesión ordinaria de febrero, presidida por la presidenta municipal, se celebró "
        "en la Sala de Cabildo del Palacio Municipal con público en las sillas destinadas "
        "a la ciudadanía y se transmitió en vivo. Regidoras y regidores votaron a mano "
        "alzada los cuatro puntos del orden del día; tres se aprobaron por unanimidad y la "
        "baja de vehículos oficiales, por mayoría. El acta se publicará en la sección de "
        "Transparencia.",
        gps=(20.5071, -103.3109, 1550.0),
    ),
    Gallery(
        "2021-03-19-reforestacion-cerro-la-mesa",
        "cerro",
        "Jornada de reforestación en el cerro de La Mesa",
        "2021-03-19 08:00",
        "medio-ambiente",
        "Cerro La Mesa, San Isidro del Monte",
        "Estudiantes, ejidatarios y personal del Ayuntamiento plantaron 1,500 pinos, "
        "encinos y madroños en las cuatro hectáreas afectadas por el incendio de 2020.",
        "Daniel Ortiz / Comunicación Social",
        "02-ladera.jpg",
        "2021-03-19-reforestacion-cerro-la-mesa",
        ["medio ambiente", "participación ciudadana"],
        "Desde temprano, 180 personas voluntarias se organizaron en grupos pequeños para "
        "plantar en las cepas y terrazas que personal de Medio Ambiente abrió días antes en "
        "la ladera quemada del cerro de La Mesa. Los árboles, producidos en el vivero "
        "municipal con semilla del mismo cerro, se regaron al plantarlos; el ejido y el "
        "Ayuntamiento se comprometieron a cuidarlos durante dos años.",
        camera=("Apple", "iPhone 12"),
        gps=(20.5412, -103.2687, 1846.0),
    ),
    Gallery(
        "2021-02-15-vacunacion-adultos-mayores",
        "vacuna",
        "Vacunación contra COVID-19 para personas de 60 años y más",
        "2021-02-15 08:00",
        "salud",
        "Unidad Deportiva Municipal, San Isidro del Monte",
        "Primer día de vacunación para personas adultas mayores en la Unidad Deportiva "
        "Municipal, con registro, aplicación y área de observación bajo toldos.",
        "Laura Méndez / Comunicación Social",
        "03-sala-espera.jpg",
        "2021-02-15-vacunacion-adultos-mayores",
        ["salud", "covid-19"],
        "La Unidad Deportiva Municipal fue la primera sede de la vacunación contra COVID-19 "
        "para personas de 60 años y más de las colonias Centro, El Mirador, La Loma y Las "
        "Huertas. Personal de la Secretaría de Salud aplicó las dosis y el Ayuntamiento "
        "aportó los toldos, las sillas, el traslado y el apoyo para el registro. Después de "
        "la aplicación, cada persona permaneció 30 minutos en el área de observación.",
        gps=(20.4968, -103.3225, 1561.0),
    ),
    Gallery(
        "2021-03-27-tianguis-cultural",
        "tianguis",
        "Tianguis Cultural en la Plaza de Armas",
        "2021-03-27 11:00",
        "cultura",
        "Plaza de Armas, San Isidro del Monte",
        "Artesanas, artesanos, libreros y músicos locales volvieron a la Plaza de Armas con "
        "puestos separados, acceso con filtro sanitario y aforo limitado.",
        "Ricardo Salas / Comunicación Social",
        "02-plaza-kiosko.jpg",
        "2021-03-25-tianguis-cultural-plaza-armas",
        ["cultura", "juventud"],
        "Después de un año de suspensión, el Tianguis Cultural regresó a la Plaza de Armas. "
        "Los 40 puestos de artesanía, libros usados, discos y gastronomía tradicional se "
        "instalaron con dos metros de separación alrededor del kiosko, bajo el papel picado, "
        "y al caer la tarde comenzó la música en vivo en el foro. El acceso fue por las "
        "cuatro esquinas de la plaza, cada una con filtro sanitario.",
        gps=(20.5074, -103.3102, 1551.0),
    ),
]

for _g in GALLERIES:
    _g.shots = [Shot(*row[:5], **row[5]) for row in SHOTS[_g.folder]]
