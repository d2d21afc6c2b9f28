"""A pinhole camera and the few 3-D shapes the scenes are built from.

World units are metres: x to the right, y up from the ground, z away from
the camera. The camera sits at (0, height, 0) looking along +z; moving the
horizon up or down on the frame stands in for tilting (like a shift lens,
verticals stay vertical, as in most press photos of buildings and rooms).
"""

from __future__ import annotations

import math

from PIL import Image, ImageDraw

from .texture import shade


class Cam:
    def __init__(self, w: int, h: int, fov: float, height: float, horizon: float, cx=0.5):
        """fov: horizontal field of view in degrees; horizon: its y as a fraction of h."""
        self.w, self.h, self.height = w, h, height
        self.f = (w / 2) / math.tan(math.radians(fov) / 2)
        self.cx, self.hy = w * cx, h * horizon
        self.light = norm((-0.5, 0.8, -0.35))  # direction towards the light

    def p(self, x: float, y: float, z: float) -> tuple[float, float]:
        z = max(z, 0.05)
        return (self.cx + self.f * x / z, self.hy - self.f * (y - self.height) / z)

    def k(self, z: float) -> float:
        """Pixels per metre at depth z."""
        return self.f / max(z, 0.05)

    def z_of_row(self, sy: float, y: float = 0.0, t: float = 0.0) -> float:
        """Depth of the ground seen at frame row sy; the ground is at height
        y - t*z (t > 0 falls away from the camera). inf above its vanishing line."""
        dy = sy - self.hy - self.f * t
        if (self.height - y) * dy <= 0:
            return math.inf
        return self.f * (self.height - y) / dy

    def x_at(self, sx: float, z: float) -> float:
        return (sx - self.cx) * z / self.f


def norm(v):
    n = math.sqrt(sum(c * c for c in v)) or 1.0
    return tuple(c / n for c in v)


def lit(cam: Cam, color, normal, ambient: float = 0.62, k: float = 1.0):
    """Lambert shading of a flat face with the scene's light."""
    d = sum(a * b for a, b in zip(normal, cam.light, strict=True))
    return shade(color, k * (ambient + (1 - ambient) * max(0.0, d)))


def face(draw: ImageDraw.ImageDraw, cam: Cam, pts3, color, normal=None, **kw):
    """Draw a planar polygon, shaded by its normal when given; skip it if back-facing."""
    if normal is not None:
        px, py, pz = pts3[0]
        to_cam = (-px, cam.height - py, -pz)
        if sum(a * b for a, b in zip(normal, to_cam, strict=True)) <= 0:
            return
        color = lit(cam, color, normal, **kw)
    draw.polygon([cam.p(*q) for q in pts3], fill=color)


def prism(draw, cam: Cam, base, y0: float, y1: float, color, top=None, **kw):
    """Vertical prism over a convex footprint [(x, z), ...] listed counter-clockwise
    seen from above (x right, z away); draws the faces the camera sees."""
    n = len(base)
    for i in range(n):
        (xa, za), (xb, zb) = base[i], base[(i + 1) % n]
        normal = norm((zb - za, 0.0, -(xb - xa)))
        quad = [(xa, y0, za), (xb, y0, zb), (xb, y1, zb), (xa, y1, za)]
        face(draw, cam, quad, color, normal, **kw)
    if cam.height > y1:
        face(draw, cam, [(x, y1, z) for x, z in base], top or color, (0, 1, 0), **kw)
    elif cam.height < y0:
        face(draw, cam, [(x, y0, z) for x, z in base], color, (0, -1, 0), **kw)


def box(draw, cam: Cam, x0, x1, y0, y1, z0, z1, color, top=None, **kw):
    base = [(x0, z0), (x0, z1), (x1, z1), (x1, z0)]
    prism(draw, cam, base, y0, y1, color, top, **kw)


def obox(draw, cam: Cam, cx, cz, w, d, yaw, y0, y1, color, top=None, **kw):
    """Box of width w (x) and depth d (z) centred on (cx, cz), turned yaw degrees."""
    a = math.radians(yaw)
    ca, sa = math.cos(a), math.sin(a)
    pts = []
    for lx, lz in ((-w / 2, -d / 2), (-w / 2, d / 2), (w / 2, d / 2), (w / 2, -d / 2)):
        pts.append((cx + lx * ca - lz * sa, cz + lx * sa + lz * ca))
    prism(draw, cam, pts, y0, y1, color, top, **kw)


def cylinder(draw, cam: Cam, cx, cz, r, y0, y1, color, sides: int = 14, **kw):
    base = [
        (
            cx + r * math.cos(-2 * math.pi * i / sides),
            cz + r * math.sin(-2 * math.pi * i / sides),
        )
        for i in range(sides)
    ]
    prism(draw, cam, base, y0, y1, color, **kw)


def pole(draw, cam: Cam, x, z, y0, y1, r, color):
    (ax, ay), (bx, by) = cam.p(x, y0, z), cam.p(x, y1, z)
    w = max(1.0, 2 * r * cam.k(z))
    draw.line([(ax, ay), (bx, by)], fill=color, width=round(w))


def coeffs(src, dst):
    """PERSPECTIVE coefficients mapping dst quad points back onto src points."""
    rows, rhs = [], []
    for (xs, ys), (xd, yd) in zip(src, dst, strict=True):
        rows.append([xd, yd, 1, 0, 0, 0, -xs * xd, -xs * yd])
        rows.append([0, 0, 0, xd, yd, 1, -ys * xd, -ys * yd])
        rhs += [xs, ys]
    return solve(rows, rhs)


def solve(a, b):
    n = len(b)
    m = [[*row, v] for row, v in zip(a, b, strict=True)]
    for c in range(n):
        piv = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[piv] = m[piv], m[c]
        for r in range(n):
            if r != c and m[c][c]:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def warp(canvas: Image.Image, tex: Image.Image, quad) -> None:
    """Paste an RGBA texture onto a quad of frame points: tl, tr, br, bl."""
    xs, ys = [q[0] for q in quad], [q[1] for q in quad]
    x0, y0 = max(0, math.floor(min(xs))), max(0, math.floor(min(ys)))
    x1, y1 = min(canvas.width, math.ceil(max(xs))), min(canvas.height, math.ceil(max(ys)))
    if x1 - x0 < 2 or y1 - y0 < 2:
        return
    tw, th = tex.size
    src = [(0, 0), (tw, 0), (tw, th), (0, th)]
    dst = [(x - x0, y - y0) for x, y in quad]
    tex = tex.convert("RGBA")
    out = tex.transform(
        (x1 - x0, y1 - y0),
        Image.Transform.PERSPECTIVE,
        coeffs(src, dst),
        Image.Resampling.BICUBIC,
    )
    over(canvas, out, (x0, y0))


def over(canvas: Image.Image, img: Image.Image, pos) -> None:
    """Alpha-composite img onto canvas at pos, clipping at the frame edges."""
    x, y = round(pos[0]), round(pos[1])
    cx0, cy0 = max(0, -x), max(0, -y)
    cx1 = min(img.width, canvas.width - x)
    cy1 = min(img.height, canvas.height - y)
    if cx1 <= cx0 or cy1 <= cy0:
        return
    part = img.crop((cx0, cy0, cx1, cy1))
    if canvas.mode == "RGBA":
        canvas.alpha_composite(part, (x + cx0, y + cy0))
    else:
        canvas.paste(part, (x + cx0, y + cy0), part)


def warp3(canvas: Image.Image, cam: Cam, tex: Image.Image, corners3) -> None:
    """Paste a texture onto a 3-D rectangle given as tl, tr, br, bl points."""
    warp(canvas, tex, [cam.p(*c) for c in corners3])
