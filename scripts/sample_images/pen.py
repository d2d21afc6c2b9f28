"""Drawing primitives in a pictogram's own logical coordinates.

Pictograms are drawn in a -100..100 box centred on (cx, cy) with scale k
(pixels per unit), so each one can be written once and placed at any size.
"""

from __future__ import annotations

import math

from PIL import ImageDraw


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
        for x, y in xy[:1] + xy[-1:]:  # round caps at both ends
            self.d.ellipse([x - w / 2, y - w / 2, x + w / 2, y + w / 2], fill=fill)

    def arc(self, x0, y0, x1, y1, start, end, fill, width):
        self.d.arc(
            self.box(x0, y0, x1, y1), start, end, fill=fill, width=round(width * self.k)
        )


def teardrop(cx, cy, a, hscale=0.78, m=1.0, n=160):
    """Drop with its tip up (serves for water and for flames)."""
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
