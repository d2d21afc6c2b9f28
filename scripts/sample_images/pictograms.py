"""The pictograms, one function per subject, looked up by name in PICTOGRAMS.

Each takes a Pen and three colours: fg (the area's colour), ac (gold accent)
and bg (cream disc), so the same drawing fits every area's palette.
"""

from __future__ import annotations

import math

from .palette import WATER, darken, lighten
from .pen import Pen, rotate_pts, teardrop


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
    # fixed bar and the clapper arm
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

    # Drawn upright as points, then turned 45° so the syringe leans.
    def r(x0, y0, x1, y1):
        return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]

    ang = 45
    for pts, color in (
        (r(-6, -96, 6, -58), fg),  # plunger
        (r(-30, -102, 30, -92), fg),  # thumb rest
        (r(-38, -62, 38, -52), fg),  # finger flanges
        (r(-24, -54, 24, 54), fg),  # barrel
        (r(-16, -10, 16, 46), ac),  # dose
        (r(-9, 54, 9, 68), fg),  # hub
        (r(-2.5, 68, 2.5, 104), fg),  # needle
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

    # wings (light, behind)
    p.poly(rp(rotate_pts(ell(-44, -62, 36, -26), -14, -30, -14)), fill=lighten(fg, 0.55))
    p.poly(rp(rotate_pts(ell(-28, -54, 58, -20), 6, -30, -14)), fill=lighten(fg, 0.4))
    # legs
    for pts in (
        [(-46, 12), (-70, 44), (-92, 82)],
        [(-36, 16), (-40, 52), (-54, 94)],
        [(-26, 14), (-4, 46), (4, 92)],
        [(-46, 8), (-84, 18), (-104, 46)],
        [(-28, 10), (20, 30), (44, 74)],
        [(-22, 8), (40, 18), (70, 50)],
    ):
        p.line(rp(pts), fill=fg, width=4)
    # body
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
    p.ellipse(-84, 74, 84, 104, outline=ac, width=6)  # ripple
    p.poly(teardrop(0, -4, 90, hscale=0.78, m=1.6), fill=WATER)
    p.ellipse(-42, 18, -26, 56, fill=lighten(WATER, 0.45))  # highlight


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
