"""Spanish press-office prose from a built-in vocabulary, deterministic per seed.

Not meant to read well, only to look like the real thing to every tool that
touches it: Spanish words with accents and ñ, sentences of varied length,
paragraphs, a dateline, lists, now and then a table, and titles, summaries,
captions and alt texts within the schema's limits.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import datetime

MONTHS = [
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "octubre", "noviembre", "diciembre",
]  # fmt: skip

AGENCIES = {
    "presidencia": [
        "La Presidencia Municipal",
        "La presidenta municipal",
        "El Ayuntamiento",
    ],
    "obras-publicas": ["La Dirección de Obras Públicas", "La Dirección de Agua Potable"],
    "proteccion-civil": [
        "La Unidad Municipal de Protección Civil",
        "El cuerpo de Bomberos",
    ],
    "salud": ["La Dirección de Salud Municipal", "El Centro de Salud de la cabecera"],
    "cultura": ["La Dirección de Cultura y Turismo", "La Casa de la Cultura"],
    "desarrollo-social": ["La Dirección de Desarrollo Social", "El DIF Municipal"],
    "medio-ambiente": ["La Dirección de Medio Ambiente", "La Dirección de Ecología"],
    "transparencia": ["La Unidad de Transparencia", "La Contraloría Municipal"],
    "comunicacion": ["La Coordinación de Comunicación Social"],
    "educacion": ["La Dirección de Educación", "El Consejo Municipal de Educación"],
}

ACTIONS = [
    ("inicia", "la rehabilitación de"),
    ("anuncia", "una jornada de"),
    ("concluye", "los trabajos de"),
    ("presenta", "el programa de"),
    ("invita a", "la campaña de"),
    ("entrega", "los apoyos de"),
    ("amplía", "el horario de"),
    ("coordina", "el operativo de"),
    ("realiza", "la feria de"),
    ("informa sobre", "el avance de"),
]

TOPICS = [
    "pavimentación",
    "vacunación",
    "limpieza de arroyos",
    "reforestación",
    "descacharrización",
    "alumbrado público",
    "becas escolares",
    "empleo temporal",
    "prevención de incendios",
    "cultura vial",
    "bacheo",
    "desazolve de canales",
    "esterilización de mascotas",
    "lectura en voz alta",
    "huertos familiares",
    "salud bucal",
    "regularización de predios",
    "atención a adultos mayores",
    "rescate de espacios públicos",
    "separación de residuos",
]

PLACES = [
    "la colonia El Mirador",
    "La Loma",
    "San Isidro Norte",
    "Lomas del Valle",
    "La Cruz",
    "Tierra Blanca",
    "Las Huertas",
    "El Capulín",
    "la delegación Santa Rita",
    "Los Ocotes",
    "El Zapote",
    "el barrio de Guadalupe",
    "la Plaza de Armas",
    "el mercado municipal",
    "la unidad deportiva",
    "el cerro de La Mesa",
]

PEOPLE = [
    "Laura Méndez",
    "Ricardo Salas",
    "Andrea Ruiz",
    "José Ángel Núñez",
    "María Fernanda Ibáñez",
    "Óscar Villaseñor",
    "Citlali Muñoz",
    "Rubén Peña",
]

PHRASES = {
    "intro": [
        "informa a la población que",
        "dio a conocer que",
        "anunció que, a partir de esta semana,",
        "hace saber a las familias que",
        "comunicó que, en coordinación con el gobierno del estado,",
    ],
    "fact": [
        "se atenderán {streets} calles y andadores de {place}",
        "participarán {people} personas servidoras públicas de {agency_low}",
        "la inversión asciende a {money} pesos de recursos municipales",
        "se instalarán {modules} módulos de atención en {place}",
        "los trabajos tendrán una duración estimada de {days} días hábiles",
        "se beneficiará a más de {families} familias de {place}",
        "el registro se hará de lunes a viernes de 9:00 a {hour}:00 horas",
        "se pide a la ciudadanía tener a la mano su identificación oficial",
        "el programa de {topic} continuará durante los próximos meses",
        "las brigadas recorrerán {place} y {place2} casa por casa",
    ],
    "link": [
        "Además,",
        "Por otra parte,",
        "Asimismo,",
        "De igual forma,",
        "En ese sentido,",
        "Mientras tanto,",
        "Cabe señalar que",
        "Al respecto,",
        "Por ello,",
    ],
    "quote": [
        "«Trabajamos para que {place} cuente con mejores servicios», señaló {person}.",
        "«La participación de los vecinos es fundamental», explicó {person}.",
        "«Seguiremos atendiendo cada reporte que nos hagan llegar», afirmó {person}.",
    ],
    "close": [
        "Para mayor información, comunicarse a la Presidencia Municipal al 382 538 0000.",
        "Los reportes se reciben en la planta baja de la Presidencia Municipal.",
        "Se recomienda consultar las redes sociales oficiales del Ayuntamiento.",
    ],
}

ALT_SUBJECTS = [
    "Personas formadas frente a una carpa blanca",
    "Cuadrilla con chalecos naranjas trabajando en una calle",
    "Vista general de una plaza con kiosko y árboles",
    "Mesa de registro con hojas y una urna transparente",
    "Grupo de niñas y niños sentados en un aula",
    "Camión de volteo junto a un montón de grava",
]
ALT_DETAILS = [
    "bajo un cielo despejado",
    "al atardecer, con luz cálida",
    "con casas de colores al fondo",
    "mientras una persona toma notas",
    "junto a un letrero del Ayuntamiento",
]


def ascii_slug(text: str, words: int = 7) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    cleaned = "".join(c if c.isalnum() else " " for c in plain.lower())
    return "-".join(cleaned.split()[:words])


def long_date(when: datetime) -> str:
    return f"{when.day} de {MONTHS[when.month - 1]} de {when.year}"


class Writer:
    """Every text of the corpus comes from one seeded generator."""

    def __init__(self, seed: int | str):
        self.rng = random.Random(seed)

    def pick(self, items):
        return self.rng.choice(items)

    def _fill(self, template: str, area: str) -> str:
        r = self.rng
        agency = self.pick(AGENCIES[area])
        place, place2 = r.sample(PLACES, 2)
        text = template.format(
            streets=r.randint(3, 60),
            people=r.randint(10, 300),
            modules=r.randint(2, 12),
            days=r.randint(5, 120),
            families=r.randint(50, 3000),
            money=f"{r.randint(90, 9800) * 1000:,}",
            hour=r.randint(14, 18),
            place=place,
            place2=place2,
            topic=self.pick(TOPICS),
            person=self.pick(PEOPLE),
            agency_low=agency[0].lower() + agency[1:],
        )
        return text.replace(" de el ", " del ").replace(" a el ", " al ")

    def title(self, area: str) -> str:
        verb, what = self.pick(ACTIONS)
        agency = self.pick(AGENCIES[area]).split(" ", 1)[1]  # without the article
        text = f"{agency[0].upper()}{agency[1:]} {verb} {what} {self.pick(TOPICS)} en {self.pick(PLACES)}"
        return text.replace(" de el ", " del ")[:160]

    def sentence(self, area: str) -> str:
        r = self.rng
        parts = [self._fill(self.pick(PHRASES["fact"]), area)]
        while r.random() < 0.45 and len(parts) < 3:
            parts.append(self._fill(self.pick(PHRASES["fact"]), area))
        text = ", y ".join(parts) if len(parts) == 2 else "; ".join(parts)
        if r.random() < 0.5:
            text = f"{self.pick(PHRASES['link'])} {text}"
        return text[0].upper() + text[1:] + "."

    def summary(self, area: str, when: datetime) -> str:
        text = (
            f"{self.pick(AGENCIES[area])} {self.pick(PHRASES['intro'])} "
            f"{self._fill(self.pick(PHRASES['fact']), area)} a partir del {long_date(when)}."
        )
        return text[:320]

    def paragraph(self, area: str, words: int) -> str:
        sentences, count = [], 0
        while count < words:
            if self.rng.random() < 0.08:
                text = self._fill(self.pick(PHRASES["quote"]), area)
            else:
                text = self.sentence(area)
            sentences.append(text)
            count += len(text.split())
        return " ".join(sentences)

    def table(self) -> str:
        r = self.rng
        head = "| Colonia o localidad | Día | Horario |\n|---|---|---|"
        days = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado"]
        rows = [head]
        for _ in range(r.randint(3, 9)):
            start = r.randint(7, 15)
            end = start + r.randint(2, 5)
            rows.append(f"| {self.place()} | {self.pick(days)} | {start}:00 a {end}:00 |")
        return "\n".join(rows)

    def bullet_list(self, area: str) -> str:
        items = [
            self._fill(self.pick(PHRASES["fact"]), area)
            for _ in range(self.rng.randint(3, 6))
        ]
        return "\n".join(f"- {i[0].upper()}{i[1:]}." for i in items)

    def body(self, area: str, when: datetime, words: int, table: bool) -> str:
        """A bulletin's Markdown text of about ``words`` words."""
        r = self.rng
        agency = self.pick(AGENCIES[area])
        lead = (
            f"San Isidro del Monte, Jal., {long_date(when)}.— {agency} "
            f"{self.pick(PHRASES['intro'])} {self._fill(self.pick(PHRASES['fact']), area)}."
        )
        blocks, count = [lead], len(lead.split())
        table_at = r.randint(1, 3) if table else None  # after which block
        while count < words:
            if table_at is not None and len(blocks) >= table_at:
                blocks += ["El calendario es el siguiente:", self.table()]
                table_at = None
            elif r.random() < 0.07:
                blocks.append(self.bullet_list(area))
            elif r.random() < 0.05:
                blocks.append(f"## {self.pick(TOPICS).capitalize()}")
            paragraph = self.paragraph(area, min(words - count, r.randint(40, 110)))
            blocks.append(paragraph)
            count += len(paragraph.split())
        if table_at is not None:  # a short bulletin: its table at the end
            blocks += ["El calendario es el siguiente:", self.table()]
        blocks.append(self.pick(PHRASES["close"]))
        return "\n\n".join(blocks) + "\n"

    def alt(self) -> str:
        return f"{self.pick(ALT_SUBJECTS)} {self.pick(ALT_DETAILS)}."

    def caption(self, area: str) -> str:
        return self._fill(self.pick(PHRASES["fact"]), area).capitalize() + "."

    def person(self) -> str:
        return self.pick(PEOPLE)

    def place(self) -> str:
        place = self.pick(PLACES)
        return place[0].upper() + place[1:]

    def topic(self) -> str:
        return self.pick(TOPICS)
