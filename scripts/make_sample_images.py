#!/usr/bin/env python3
"""Genera las imágenes de ejemplo de los boletines de 2021.

Cada imagen es una tarjeta institucional («diseño») como las que publica la
Coordinación de Comunicación Social en redes sociales: 1600×900, fondo en el
color del área, un pictograma sencillo, el titular corto y una franja inferior
con el nombre del Ayuntamiento.

DATOS DE PRUEBA DE PRIVACIDAD: a propósito, cada JPEG lleva EXIF como si lo
hubiera escrito una cámara (GPS, marca, modelo, número de serie del cuerpo,
autor y fecha de toma). Tres imágenes llevan además Orientation = 6 con los
píxeles guardados girados. El flujo de imágenes del portal debe quitar todo
eso y enderezar las fotos; las pruebas lo comprueban con estos archivos.

El resultado es determinista: el azar sale de un generador con semilla fija por
archivo, así que ejecutar el script otra vez produce los mismos bytes.

Uso (desde la raíz del repositorio):

    .venv/bin/python scripts/make_sample_images.py
"""

from __future__ import annotations

import datetime as dt
import math
import random
import sys
from pathlib import Path

from PIL import ExifTags, Image, ImageChops, ImageDraw, ImageFont
from PIL.TiffImagePlugin import IFDRational

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "content" / "boletines" / "2021" / "imagenes"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

W, H = 1600, 900  # tamaño final
SS = 2  # sobremuestreo: se dibuja al doble y se reduce (bordes suaves)
SEED = "san-isidro-del-monte-2021"
JPEG_QUALITY = 85

FOOTER_TEXT = "H. Ayuntamiento de San Isidro del Monte · Comunicación Social"

# Área -> (nombre visible, color de fondo). Paleta sobria, con contraste AA
# para texto blanco.
AREAS: dict[str, tuple[str, tuple[int, int, int]]] = {
    "presidencia": ("Presidencia Municipal", (110, 27, 48)),  # guinda
    "obras-publicas": ("Obras Públicas", (122, 78, 18)),  # ocre
    "proteccion-civil": ("Protección Civil", (148, 52, 24)),  # terracota
    "salud": ("Salud", (14, 94, 99)),  # verde azulado
    "cultura": ("Cultura", (78, 42, 110)),  # morado
    "desarrollo-social": ("Desarrollo Social", (26, 86, 130)),  # azul acero
    "medio-ambiente": ("Medio Ambiente", (28, 86, 50)),  # verde bosque
    "transparencia": ("Transparencia", (48, 62, 82)),  # pizarra
    "comunicacion": ("Comunicación Social", (20, 40, 75)),  # azul marino
}

GOLD = (212, 175, 92)
GOLD_LIGHT = (236, 206, 140)
CREAM = (248, 245, 238)
INK = (45, 45, 50)
WATER = (31, 94, 148)  # el agua va en azul sea cual sea el área

MESES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]

# (archivo, área, fecha y hora del boletín, titular corto, pictograma, orientación EXIF)
# El archivo lleva el mismo nombre que el boletín que la usa.
CARDS: list[tuple[str, str, str, str, str, int]] = [
    (
        "2021-01-12-presenta-plan-operativo-anual.jpg",
        "comunicacion",
        "2021-01-12 10:00",
        "Plan Operativo Anual 2021 de Comunicación Social",
        "document",
        1,
    ),
    (
        "2021-01-16-premiacion-concurso-cortometraje.jpg",
        "cultura",
        "2021-01-16 13:30",
        "Premiación del Concurso de Cortometraje “Participación Juvenil en Corto”",
        "film",
        1,
    ),
    (
        "2021-01-19-filtros-sanitarios-mercado-municipal.jpg",
        "salud",
        "2021-01-19 09:15",
        "Filtros sanitarios en el Mercado Municipal",
        "cross",
        1,
    ),
    (
        "2021-01-22-reunion-proceso-electoral.jpg",
        "presidencia",
        "2021-01-22 14:00",
        "Reunión de trabajo rumbo al proceso electoral 2020-2021",
        "ballot",
        1,
    ),
    (
        "2021-02-03-capsulas-las-tres-san-isidro.jpg",
        "comunicacion",
        "2021-02-03 11:00",
        "Llegan “Las Tres de San Isidro” y el periódico municipal",
        "play",
        1,
    ),
    (
        "2021-02-09-pavimentacion-calle-hidalgo.jpg",
        "obras-publicas",
        "2021-02-09 10:30",
        "Inicia la pavimentación de la calle Hidalgo",
        "road",
        1,
    ),
    (
        "2021-02-15-vacunacion-adultos-mayores.jpg",
        "salud",
        "2021-02-15 08:00",
        "Vacunación contra COVID-19 para personas de 60 años y más",
        "syringe",
        6,
    ),
    (
        "2021-02-18-convocatoria-becas-estudiantes.jpg",
        "desarrollo-social",
        "2021-02-18 12:30",
        "Convocatoria de becas “Estudiar para Crecer” 2021",
        "cap",
        1,
    ),
    (
        "2021-02-24-sesion-publica-cabildo.jpg",
        "presidencia",
        "2021-02-24 18:45",
        "Sesión pública ordinaria de Cabildo",
        "building",
        1,
    ),
    (
        "2021-02-26-prevencion-incendios-forestales.jpg",
        "proteccion-civil",
        "2021-02-26 11:15",
        "Prevengamos los incendios forestales",
        "flame",
        1,
    ),
    (
        "2021-03-03-fototeca-videoteca-fonoteca.jpg",
        "comunicacion",
        "2021-03-03 10:00",
        "Nacen la fototeca, la videoteca y la fonoteca municipales",
        "camera",
        1,
    ),
    (
        "2021-03-08-jornada-dia-de-la-mujer.jpg",
        "desarrollo-social",
        "2021-03-08 09:30",
        "Día Internacional de la Mujer: jornada de servicios",
        "venus",
        1,
    ),
    (
        "2021-03-10-jornada-descacharrizacion-dengue.jpg",
        "salud",
        "2021-03-10 10:30",
        "Jornada de descacharrización contra el dengue",
        "mosquito",
        1,
    ),
    (
        "2021-03-19-reforestacion-cerro-la-mesa.jpg",
        "medio-ambiente",
        "2021-03-19 13:00",
        "Reforestación en el cerro de La Mesa",
        "tree",
        6,
    ),
    (
        "2021-03-25-tianguis-cultural-plaza-armas.jpg",
        "cultura",
        "2021-03-25 17:00",
        "Regresa el Tianguis Cultural a la Plaza de Armas",
        "stall",
        1,
    ),
    (
        "2021-03-30-desmiente-informacion-falsa.jpg",
        "comunicacion",
        "2021-03-30 16:20",
        "Ojo con la información falsa en redes sociales",
        "alert",
        1,
    ),
    (
        "2021-04-03-suspension-propaganda-gubernamental.jpg",
        "presidencia",
        "2021-04-03 12:00",
        "Suspensión de la propaganda gubernamental durante las campañas",
        "megaphone",
        1,
    ),
    (
        "2021-04-13-reparto-agua-pipas.jpg",
        "obras-publicas",
        "2021-04-13 09:00",
        "Reparto de agua en pipas por estiaje",
        "drop",
        1,
    ),
    (
        "2021-04-27-transparencia-primer-trimestre.jpg",
        "transparencia",
        "2021-04-27 13:00",
        "Transparencia: obligaciones del primer trimestre de 2021",
        "checklist",
        1,
    ),
    (
        "2021-05-04-vacunacion-50-a-59-anos.jpg",
        "salud",
        "2021-05-04 08:30",
        "Vacunación contra COVID-19 para personas de 50 a 59 años",
        "syringe",
        1,
    ),
    (
        "2021-05-19-separacion-residuos-colonias.jpg",
        "medio-ambiente",
        "2021-05-19 12:00",
        "Nuevo calendario de recolección separada de residuos",
        "bins",
        1,
    ),
    (
        "2021-06-01-operativo-temporada-lluvias.jpg",
        "proteccion-civil",
        "2021-06-01 10:00",
        "Operativo de temporada de lluvias 2021",
        "rain",
        1,
    ),
    (
        "2021-06-09-concluye-pavimentacion-hidalgo.jpg",
        "obras-publicas",
        "2021-06-09 12:00",
        "Concluye la pavimentación de la calle Hidalgo",
        "road",
        6,
    ),
    (
        "2021-06-15-entrega-becas-estudiantes.jpg",
        "desarrollo-social",
        "2021-06-15 11:00",
        "Entrega de becas a 320 estudiantes",
        "cap",
        1,
    ),
]


# --------------------------------------------------------------------------
# Utilidades de color y tipografía


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / name), size * SS)


def mix(a, b, t: float) -> tuple[int, int, int]:
    """Mezcla lineal de dos colores RGB (t=0 -> a, t=1 -> b)."""
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def lighten(c, t):
    return mix(c, (255, 255, 255), t)


def darken(c, t):
    return mix(c, (0, 0, 0), t)


def fecha_es(when: dt.datetime) -> str:
    return f"{when.day} de {MESES[when.month - 1]} de {when.year}"


def wrap(draw: ImageDraw.ImageDraw, text: str, fnt, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if draw.textlength(candidate, font=fnt) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


# --------------------------------------------------------------------------
# Pictogramas. Se dibujan en una caja lógica de -100..100 centrada en (cx, cy)
# con escala k (píxeles por unidad). fg = color del área, ac = dorado, bg = crema.


class Pen:
    def __init__(self, draw: ImageDraw.ImageDraw, cx: float, cy: float, k: float):
        self.d, self.cx, self.cy, self.k = draw, cx, cy, k

    def p(self, x, y):
        return (self.cx + x * self.k, self.cy + y * self.k)

    def box(self, x0, y0, x1, y1):
        (a, b), (c, d) = self.p(x0, y0), self.p(x1, y1)
        return [a, b, c, d]

    def rect(self, x0, y0, x1, y1, fill=None, r=0, outline=None, width=0):
        self.d.rounded_rectangle(
            self.box(x0, y0, x1, y1),
            radius=r * self.k,
            fill=fill,
            outline=outline,
            width=round(width * self.k),
        )

    def circle(self, x, y, r, fill=None, outline=None, width=0):
        self.d.ellipse(
            self.box(x - r, y - r, x + r, y + r),
            fill=fill,
            outline=outline,
            width=round(width * self.k),
        )

    def ellipse(self, x0, y0, x1, y1, fill=None, outline=None, width=0):
        self.d.ellipse(
            self.box(x0, y0, x1, y1),
            fill=fill,
            outline=outline,
            width=round(width * self.k),
        )

    def poly(self, pts, fill=None):
        self.d.polygon([self.p(x, y) for x, y in pts], fill=fill)

    def line(self, pts, fill, width):
        w = round(width * self.k)
        xy = [self.p(x, y) for x, y in pts]
        self.d.line(xy, fill=fill, width=w, joint="curve")
        for x, y in xy[:1] + xy[-1:]:  # extremos redondeados
            self.d.ellipse([x - w / 2, y - w / 2, x + w / 2, y + w / 2], fill=fill)

    def arc(self, x0, y0, x1, y1, start, end, fill, width):
        self.d.arc(
            self.box(x0, y0, x1, y1), start, end, fill=fill, width=round(width * self.k)
        )


def teardrop(cx, cy, a, hscale=0.78, m=1.0, n=160):
    """Gota con la punta hacia arriba (sirve para agua y para flamas)."""
    pts = []
    for i in range(n):
        t = 2 * math.pi * i / n
        pts.append(
            (cx + a * hscale * math.sin(t) * math.sin(t / 2) ** m, cy - a * math.cos(t))
        )
    return pts


def rotate_pts(pts, angle_deg, ox=0.0, oy=0.0):
    a = math.radians(angle_deg)
    ca, sa = math.cos(a), math.sin(a)
    return [
        (ox + (x - ox) * ca - (y - oy) * sa, oy + (x - ox) * sa + (y - oy) * ca)
        for x, y in pts
    ]


def picto_document(p: Pen, fg, ac, bg):
    p.rect(-62, -88, 62, 88, fill=fg, r=10)
    p.rect(-40, -64, 40, -46, fill=ac, r=4)
    for y in (-22, 4, 30):
        p.rect(-40, y - 5, 40, y + 5, fill=bg, r=5)
    p.rect(-40, 51, 6, 61, fill=bg, r=5)
    p.circle(58, 62, 34, fill=ac)
    p.line([(42, 62), (54, 75), (76, 48)], fill=bg, width=9)


def picto_checklist(p: Pen, fg, ac, bg):
    p.rect(-62, -88, 62, 88, fill=fg, r=10)
    for y in (-50, -5, 40):
        p.line([(-42, y), (-32, y + 10), (-14, y - 10)], fill=ac, width=8)
        p.rect(2, y - 5, 42, y + 5, fill=bg, r=5)
    p.rect(-36, 70, 42, 76, fill=lighten(fg, 0.35), r=3)


def picto_film(p: Pen, fg, ac, bg):
    p.rect(-80, -30, 80, 80, fill=fg, r=10)
    p.poly([(-18, 0), (-18, 50), (26, 25)], fill=bg)
    # barra fija y brazo del claquetazo
    p.rect(-80, -52, 80, -32, fill=fg, r=4)
    for i in range(5):
        x = -70 + i * 34
        p.poly([(x, -52), (x + 16, -52), (x + 6, -32), (x - 10, -32)], fill=bg)
    arm = [(-80, -58), (80, -58), (80, -80), (-80, -80)]
    p.poly(rotate_pts(arm, -14, -80, -58), fill=fg)
    for i in range(5):
        x = -70 + i * 34
        stripe = [(x, -80), (x + 16, -80), (x + 6, -58), (x - 10, -58)]
        p.poly(rotate_pts(stripe, -14, -80, -58), fill=ac)


def picto_cross(p: Pen, fg, ac, bg):
    p.rect(-26, -82, 26, 82, fill=fg, r=12)
    p.rect(-82, -26, 82, 26, fill=fg, r=12)
    p.circle(0, 0, 14, fill=ac)


def picto_ballot(p: Pen, fg, ac, bg):
    p.rect(-74, -4, 74, 84, fill=fg, r=8)
    p.rect(-36, -84, 36, 4, fill=(255, 255, 255), outline=fg, width=5)
    p.line([(-16, -62), (16, -30)], fill=ac, width=9)
    p.line([(16, -62), (-16, -30)], fill=ac, width=9)
    p.rect(-48, -6, 48, 4, fill=darken(fg, 0.35), r=3)
    p.rect(-42, 38, 42, 48, fill=bg, r=5)


def picto_building(p: Pen, fg, ac, bg):
    p.line([(0, -92), (0, -118)], fill=fg, width=4)
    p.poly([(0, -118), (26, -110), (0, -102)], fill=ac)
    p.poly([(-94, -40), (0, -92), (94, -40)], fill=fg)
    p.circle(0, -58, 9, fill=ac)
    p.rect(-88, -38, 88, -24, fill=fg)
    for x in (-70, -35, 0, 35, 70):
        p.rect(x - 9, -18, x + 9, 56, fill=fg, r=2)
    p.rect(-94, 60, 94, 72, fill=fg)
    p.rect(-104, 76, 104, 88, fill=fg)


def picto_play(p: Pen, fg, ac, bg):
    p.rect(-92, -70, 52, 36, fill=fg, r=14)
    p.poly([(-38, -42), (-38, 8), (4, -17)], fill=bg)
    p.rect(-40, 40, -8, 50, fill=fg, r=3)
    p.rect(6, -8, 94, 92, fill=(255, 255, 255), outline=fg, width=6, r=4)
    p.rect(18, 6, 82, 22, fill=ac, r=2)
    for y in (34, 50, 66, 80):
        p.rect(18, y, 82 if y != 80 else 56, y + 6, fill=fg, r=3)


def picto_road(p: Pen, fg, ac, bg):
    p.poly([(-28, -88), (28, -88), (98, 88), (-98, 88)], fill=fg)
    p.poly([(-22, -88), (-18, -88), (-84, 88), (-90, 88)], fill=ac)
    p.poly([(22, -88), (18, -88), (84, 88), (90, 88)], fill=ac)
    for y0, y1 in ((-80, -60), (-44, -14), (6, 56)):
        w0 = 2 + (y0 + 88) / 176 * 8
        w1 = 2 + (y1 + 88) / 176 * 8
        p.poly([(-w0, y0), (w0, y0), (w1, y1), (-w1, y1)], fill=bg)


def picto_syringe(p: Pen, fg, ac, bg):
    parts = []

    # Se dibuja vertical en puntos y se gira 45° para que la jeringa quede inclinada.
    def r(x0, y0, x1, y1):
        return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]

    ang = 45
    for pts, color in (
        (r(-6, -96, 6, -58), fg),  # émbolo
        (r(-30, -102, 30, -92), fg),  # apoyo del pulgar
        (r(-38, -62, 38, -52), fg),  # aletas
        (r(-24, -54, 24, 54), fg),  # cuerpo
        (r(-16, -10, 16, 46), ac),  # dosis
        (r(-9, 54, 9, 68), fg),  # cono
        (r(-2.5, 68, 2.5, 104), fg),  # aguja
    ):
        parts.append((rotate_pts(pts, ang), color))
    for pts, color in parts:
        p.poly(pts, fill=color)
    for y in (-40, -26, -12, 2, 16, 30):
        p.poly(rotate_pts(r(-24, y - 1.8, -8, y + 1.8), ang), fill=bg)


def picto_cap(p: Pen, fg, ac, bg):
    p.poly([(-56, -8), (56, -8), (56, 40), (-56, 40)], fill=fg)
    p.ellipse(-56, 22, 56, 58, fill=fg)
    p.poly([(0, -66), (100, -24), (0, 18), (-100, -24)], fill=fg)
    p.poly([(0, -54), (74, -24), (0, 6), (-74, -24)], fill=lighten(fg, 0.18))
    p.line([(0, -24), (78, -6), (78, 46)], fill=ac, width=5)
    p.rect(68, 44, 88, 80, fill=ac, r=4)
    p.circle(0, -24, 9, fill=ac)


def picto_flame(p: Pen, fg, ac, bg):
    p.poly(teardrop(0, 0, 86, hscale=0.82, m=1.3), fill=fg)
    p.poly(teardrop(4, 34, 46, hscale=0.8, m=1.3), fill=ac)
    p.poly(teardrop(6, 54, 20, hscale=0.8, m=1.3), fill=bg)
    p.rect(-80, 90, 80, 100, fill=fg, r=5)


def picto_camera(p: Pen, fg, ac, bg):
    p.poly([(-38, -44), (-26, -70), (26, -70), (38, -44)], fill=fg)
    p.rect(-80, -56, -52, -44, fill=fg, r=3)
    p.rect(-94, -48, 94, 68, fill=fg, r=18)
    p.circle(0, 10, 48, fill=bg)
    p.circle(0, 10, 36, fill=fg)
    p.circle(0, 10, 16, fill=ac)
    p.circle(-6, 3, 5, fill=bg)
    p.rect(58, -34, 80, -20, fill=ac, r=3)


def picto_venus(p: Pen, fg, ac, bg):
    p.circle(0, -30, 56, outline=fg, width=20)
    p.rect(-11, 28, 11, 98, fill=fg, r=3)
    p.rect(-40, 50, 40, 70, fill=fg, r=3)
    p.circle(0, -30, 12, fill=ac)


def picto_mosquito(p: Pen, fg, ac, bg):
    ang = -18

    def rp(pts):
        return rotate_pts(pts, ang)

    def ell(x0, y0, x1, y1, n=60):
        cx, cy, rx, ry = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2, (y1 - y0) / 2
        return [
            (
                cx + rx * math.cos(2 * math.pi * i / n),
                cy + ry * math.sin(2 * math.pi * i / n),
            )
            for i in range(n)
        ]

    # alas (claras, detrás)
    p.poly(rp(rotate_pts(ell(-44, -62, 36, -26), -14, -30, -14)), fill=lighten(fg, 0.55))
    p.poly(rp(rotate_pts(ell(-28, -54, 58, -20), 6, -30, -14)), fill=lighten(fg, 0.4))
    # patas
    for pts in (
        [(-46, 12), (-70, 44), (-92, 82)],
        [(-36, 16), (-40, 52), (-54, 94)],
        [(-26, 14), (-4, 46), (4, 92)],
        [(-46, 8), (-84, 18), (-104, 46)],
        [(-28, 10), (20, 30), (44, 74)],
        [(-22, 8), (40, 18), (70, 50)],
    ):
        p.line(rp(pts), fill=fg, width=4)
    # cuerpo
    p.poly(rp(ell(-18, -14, 96, 14)), fill=fg)
    for x in (10, 34, 58, 80):
        p.poly(rp([(x - 3, -13), (x + 3, -13), (x + 3, 13), (x - 3, 13)]), fill=bg)
    p.poly(rp(ell(-60, -24, -12, 24)), fill=fg)
    p.poly(rp(ell(-82, -14, -56, 12)), fill=fg)
    p.line(rp([(-80, 4), (-110, 26)]), fill=fg, width=3)
    p.line(rp([(-76, -10), (-96, -30)]), fill=fg, width=2.5)


def picto_tree(p: Pen, fg, ac, bg):
    p.ellipse(-78, 78, 78, 96, fill=ac)
    p.rect(-13, 0, 13, 86, fill=darken(fg, 0.15), r=3)
    p.line([(0, 36), (-30, 10)], fill=darken(fg, 0.15), width=9)
    for x, y, r in ((0, -52, 50), (-46, -18, 40), (46, -18, 40), (-20, 6, 34), (22, 6, 34)):
        p.circle(x, y, r, fill=fg)
    for x, y in ((-30, -40), (26, -62), (40, -10), (-8, -20)):
        p.circle(x, y, 7, fill=lighten(fg, 0.3))


def picto_stall(p: Pen, fg, ac, bg):
    p.rect(-86, -42, -76, 86, fill=fg)
    p.rect(76, -42, 86, 86, fill=fg)
    n = 6
    top = [(-78 + 156 * i / n, -86) for i in range(n + 1)]
    bot = [(-98 + 196 * i / n, -44) for i in range(n + 1)]
    for i in range(n):
        color = fg if i % 2 == 0 else ac
        p.poly([top[i], top[i + 1], bot[i + 1], bot[i]], fill=color)
        x0, x1 = bot[i][0], bot[i + 1][0]
        p.d.pieslice(
            p.box(x0, -44 - (x1 - x0) / 2, x1, -44 + (x1 - x0) / 2), 0, 180, fill=color
        )
    p.rect(-96, 26, 96, 40, fill=fg, r=3)
    p.rect(-80, 40, 80, 86, fill=lighten(fg, 0.25))
    p.ellipse(-66, 2, -34, 26, fill=ac)
    p.rect(-22, -6, 4, 26, fill=darken(fg, 0.1), r=3)
    p.rect(14, 8, 64, 26, fill=ac, r=3)
    p.rect(18, -4, 58, 8, fill=fg, r=2)


def picto_alert(p: Pen, fg, ac, bg):
    p.rect(-92, -82, 78, 40, fill=fg, r=26)
    p.poly([(-56, 34), (-20, 34), (-66, 82)], fill=fg)
    p.rect(-17, -64, 1, -6, fill=bg, r=8)
    p.circle(-8, 16, 10, fill=bg)
    p.circle(56, 58, 30, outline=ac, width=11)
    p.line([(78, 80), (102, 104)], fill=ac, width=15)


def picto_megaphone(p: Pen, fg, ac, bg):
    p.poly([(-60, -20), (36, -66), (36, 66), (-60, 20)], fill=fg)
    p.rect(-82, -24, -56, 24, fill=fg, r=6)
    p.rect(32, -72, 50, 72, fill=fg, r=8)
    p.poly([(-44, 18), (-20, 18), (-28, 64), (-50, 64)], fill=darken(fg, 0.2))
    p.rect(66, -32, 80, 32, fill=ac, r=3)
    p.rect(90, -32, 104, 32, fill=ac, r=3)


def picto_drop(p: Pen, fg, ac, bg):
    p.ellipse(-84, 74, 84, 104, outline=ac, width=6)  # onda
    p.poly(teardrop(0, -4, 90, hscale=0.78, m=1.6), fill=WATER)
    p.ellipse(-42, 18, -26, 56, fill=lighten(WATER, 0.45))  # brillo


def picto_bins(p: Pen, fg, ac, bg):
    colors = (fg, ac, lighten(fg, 0.4))
    for x, color in zip((-64, 0, 64), colors, strict=True):
        p.poly([(x - 26, -30), (x + 26, -30), (x + 20, 82), (x - 20, 82)], fill=color)
        p.rect(x - 30, -46, x + 30, -32, fill=darken(color, 0.15), r=4)
        p.rect(x - 8, -54, x + 8, -46, fill=darken(color, 0.15), r=2)
        for dx in (-10, 0, 10):
            p.rect(x + dx - 2, -16, x + dx + 2, 66, fill=lighten(color, 0.3), r=2)


def picto_rain(p: Pen, fg, ac, bg):
    p.circle(-42, -22, 36, fill=fg)
    p.circle(8, -44, 48, fill=fg)
    p.circle(52, -16, 34, fill=fg)
    p.rect(-78, -22, 86, 18, fill=fg, r=20)
    for x, y in ((-52, 46), (-16, 66), (20, 46), (56, 66), (-34, 96), (38, 96)):
        p.poly(teardrop(x, y, 14, hscale=0.75, m=1.4), fill=ac)


PICTOGRAMS = {
    "document": picto_document,
    "checklist": picto_checklist,
    "film": picto_film,
    "cross": picto_cross,
    "ballot": picto_ballot,
    "building": picto_building,
    "play": picto_play,
    "road": picto_road,
    "syringe": picto_syringe,
    "cap": picto_cap,
    "flame": picto_flame,
    "camera": picto_camera,
    "venus": picto_venus,
    "mosquito": picto_mosquito,
    "tree": picto_tree,
    "stall": picto_stall,
    "alert": picto_alert,
    "megaphone": picto_megaphone,
    "drop": picto_drop,
    "bins": picto_bins,
    "rain": picto_rain,
}


# --------------------------------------------------------------------------
# La tarjeta


def background(base, rng: random.Random) -> Image.Image:
    """Degradado diagonal del color del área con formas geométricas suaves."""
    w, h = W * SS, H * SS
    grad = Image.linear_gradient("L")
    horiz = grad.rotate(90).resize((w, h))  # 255 a la izquierda
    vert = grad.resize((w, h))  # 255 abajo
    mask = Image.blend(ImageChops.invert(horiz), vert, 0.5)
    light = Image.new("RGB", (w, h), lighten(base, 0.10))
    dark = Image.new("RGB", (w, h), darken(base, 0.30))
    img = Image.composite(dark, light, mask)

    overlay = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    o = ImageDraw.Draw(overlay)
    s = SS
    # círculo grande arriba a la derecha
    cx, cy, r = 1490 + rng.randint(-40, 40), -80 + rng.randint(-30, 30), 430
    o.ellipse(
        [(cx - r) * s, (cy - r) * s, (cx + r) * s, (cy + r) * s], fill=(255, 255, 255, 13)
    )
    # halo detrás del pictograma
    cx, cy, r = 1215, 410, 345
    o.ellipse(
        [(cx - r) * s, (cy - r) * s, (cx + r) * s, (cy + r) * s], fill=(255, 255, 255, 12)
    )
    # anillo abajo a la izquierda
    cx, cy, r = -60 + rng.randint(-30, 30), 760, 250
    o.ellipse(
        [(cx - r) * s, (cy - r) * s, (cx + r) * s, (cy + r) * s],
        outline=(255, 255, 255, 16),
        width=26 * s,
    )
    # franjas diagonales tenues
    x0 = 820 + rng.randint(-60, 60)
    for i in range(4):
        x = x0 + i * 46
        o.polygon(
            [
                ((x) * s, 810 * s),
                ((x + 22) * s, 810 * s),
                ((x + 22 + 260) * s, 550 * s),
                ((x + 260) * s, 550 * s),
            ],
            fill=(255, 255, 255, 9),
        )
    # retícula de puntos
    gx, gy = 1380 + rng.randint(-20, 20), 650 + rng.randint(-20, 20)
    for i in range(6):
        for j in range(4):
            x, y = gx + i * 26, gy + j * 26
            o.ellipse(
                [(x - 3) * s, (y - 3) * s, (x + 3) * s, (y + 3) * s], fill=(*GOLD_LIGHT, 70)
            )
    img.paste(overlay, (0, 0), overlay)
    return img


def shield(draw: ImageDraw.ImageDraw, x: float, y: float, w: float, h: float, fill, inner):
    pts = [(x, y), (x + w, y), (x + w, y + h * 0.58), (x + w / 2, y + h), (x, y + h * 0.58)]
    draw.polygon([(a * SS, b * SS) for a, b in pts], fill=fill)
    cx, cy, r = x + w / 2, y + h * 0.42, w * 0.2
    draw.ellipse([(cx - r) * SS, (cy - r) * SS, (cx + r) * SS, (cy + r) * SS], fill=inner)


def render_card(
    area: str, when: dt.datetime, headline: str, picto: str, rng: random.Random
) -> Image.Image:
    label, base = AREAS[area]
    img = background(base, rng)
    d = ImageDraw.Draw(img)
    s = SS

    # etiqueta del área
    d.rectangle([100 * s, 112 * s, 116 * s, 128 * s], fill=GOLD)
    d.text(
        (134 * s, 120 * s),
        label.upper(),
        font=font("DejaVuSans-Bold.ttf", 26),
        fill=GOLD_LIGHT,
        anchor="lm",
    )

    # titular: la letra más grande que quepa en 4 renglones
    max_w, top, max_h = 780 * s, 178, 440
    for size in (70, 66, 62, 58, 54, 50, 46):
        fnt = font("DejaVuSans-Bold.ttf", size)
        lines = wrap(d, headline, fnt, max_w)
        line_h = round(size * 1.2)
        if len(lines) <= 4 and len(lines) * line_h <= max_h:
            break
    y = top
    for line in lines:
        d.text((100 * s, y * s), line, font=fnt, fill=(255, 255, 255))
        y += line_h
    y += 30
    d.rectangle([100 * s, y * s, 220 * s, (y + 6) * s], fill=GOLD)
    d.text(
        (100 * s, (y + 30) * s),
        fecha_es(when),
        font=font("DejaVuSans.ttf", 32),
        fill=lighten(base, 0.78),
    )

    # pictograma en disco crema con anillo dorado
    cx, cy, r = 1215, 410, 255
    d.ellipse(
        [(cx - r - 22) * s, (cy - r - 22) * s, (cx + r + 22) * s, (cy + r + 22) * s],
        outline=GOLD,
        width=5 * s,
    )
    d.ellipse([(cx - r) * s, (cy - r) * s, (cx + r) * s, (cy + r) * s], fill=CREAM)
    PICTOGRAMS[picto](Pen(d, cx * s, cy * s, 1.55 * s), darken(base, 0.05), GOLD, CREAM)

    # franja inferior
    d.rectangle([0, 804 * s, W * s, 810 * s], fill=GOLD)
    d.rectangle([0, 810 * s, W * s, H * s], fill=CREAM)
    shield(d, 100, 826, 40, 56, base, GOLD)
    d.text(
        (164 * s, 855 * s),
        FOOTER_TEXT,
        font=font("DejaVuSans-Bold.ttf", 27),
        fill=darken(base, 0.15),
        anchor="lm",
    )
    d.text(
        (1500 * s, 855 * s),
        "Boletín informativo",
        font=font("DejaVuSans.ttf", 24),
        fill=INK,
        anchor="rm",
    )

    img = img.resize((W, H), Image.Resampling.LANCZOS)
    return add_grain(img, rng)


def add_grain(img: Image.Image, rng: random.Random, amp: int = 3) -> Image.Image:
    """Grano fino de media cero, con azar sembrado (no effect_noise, que no se siembra)."""
    nw, nh = W // 2, H // 2
    noise = Image.frombytes("L", (nw, nh), rng.randbytes(nw * nh))
    noise = noise.resize((W, H), Image.Resampling.BILINEAR)
    noise = noise.point(lambda v: v * 2 * amp // 255)
    return ImageChops.add(
        img, Image.merge("RGB", (noise, noise, noise)), scale=1.0, offset=-amp
    )


# --------------------------------------------------------------------------
# EXIF de «cámara» (datos de prueba de privacidad)


def dms(value: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    value = abs(value)
    deg = int(value)
    minutes_full = (value - deg) * 60
    minutes = int(minutes_full)
    seconds = round((minutes_full - minutes) * 60 * 100)
    return IFDRational(deg, 1), IFDRational(minutes, 1), IFDRational(seconds, 100)


def camera_exif(taken: dt.datetime, rng: random.Random, orientation: int) -> Image.Exif:
    lat = 20.5 + rng.uniform(-0.04, 0.04)
    lon = -103.3 + rng.uniform(-0.04, 0.04)
    stamp = taken.strftime("%Y:%m:%d %H:%M:%S")

    exif = Image.Exif()
    base = ExifTags.Base
    exif[base.Make] = "Canon"
    exif[base.Model] = "EOS 90D"
    # La etiqueta es ASCII en TIFF; Pillow cambiaría los acentos por «?», así que
    # se escribe en UTF-8 como lo hacen exiftool y muchas cámaras.
    exif[base.Artist] = "Juan Pérez (cámara personal)".encode()
    exif[base.DateTime] = stamp
    exif[base.Orientation] = orientation

    sub = exif.get_ifd(ExifTags.IFD.Exif)
    sub[base.DateTimeOriginal] = stamp
    sub[base.DateTimeDigitized] = stamp
    sub[base.BodySerialNumber] = "0123456789"  # 0xA431

    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    g = ExifTags.GPS
    gps[g.GPSVersionID] = b"\x02\x03\x00\x00"
    gps[g.GPSLatitudeRef] = "N" if lat >= 0 else "S"
    gps[g.GPSLatitude] = dms(lat)
    gps[g.GPSLongitudeRef] = "W" if lon < 0 else "E"
    gps[g.GPSLongitude] = dms(lon)
    gps[g.GPSAltitudeRef] = 0
    gps[g.GPSAltitude] = IFDRational(1540 + rng.randint(0, 60), 1)
    gps[g.GPSDateStamp] = taken.strftime("%Y:%m:%d")
    return exif


# --------------------------------------------------------------------------


def build(
    name: str, area: str, when_text: str, headline: str, picto: str, orientation: int
) -> Path:
    rng = random.Random(f"{SEED}:{name}")
    when = dt.datetime.strptime(when_text, "%Y-%m-%d %H:%M")
    taken = when - dt.timedelta(minutes=rng.randint(35, 150))  # la foto, antes del boletín
    card = render_card(area, when, headline, picto, rng)
    if orientation == 6:
        # Orientation 6 = «girar 90° a la derecha para mostrar»: se guardan los
        # píxeles girados 90° a la izquierda.
        card = card.transpose(Image.Transpose.ROTATE_90)
    exif = camera_exif(taken, rng, orientation)
    path = OUT_DIR / name
    card.save(path, "JPEG", quality=JPEG_QUALITY, optimize=True, exif=exif)
    return path


def main() -> int:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    names = [row[0] for row in CARDS]
    if len(names) != len(set(names)):
        print("Hay nombres de archivo repetidos en CARDS", file=sys.stderr)
        return 1
    total = 0
    for row in CARDS:
        path = build(*row)
        size = path.stat().st_size
        total += size
        print(
            f"{path.relative_to(ROOT)}  {size / 1024:.0f} KB"
            + ("  (Orientation 6)" if row[5] == 6 else "")
        )
    print(f"{len(CARDS)} imágenes, {total / 1024 / 1024:.2f} MB en total")
    return 0


if __name__ == "__main__":
    sys.exit(main())
