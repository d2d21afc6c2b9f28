"""Draw one person as a sprite (RGBA) from a look, a pose and a view.

Every body part is a *band* along a bone with a width profile. Each band is
drawn several times, narrower and lighter each time and nudged towards the
light, which after a little blur reads as a rounded, lit form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PIL import Image, ImageDraw

from .figure_parts import draw_head, draw_props, finish_sprite
from .poses import joints
from .texture import shade

if TYPE_CHECKING:
    from .people import Look

STEPS = ((1.0, 0.74), (0.86, 0.86), (0.7, 0.95), (0.5, 1.02), (0.3, 1.07))

# Torso width profiles: (t from shoulders 0 to hips 1, half-width right, left).
FRONT_M = [
    (-0.16, 0.03, 0.03),
    (-0.1, 0.075, 0.075),
    (-0.02, 0.125, 0.125),
    (0.18, 0.122, 0.122),
    (0.4, 0.11, 0.11),
    (0.7, 0.096, 0.096),
    (1.0, 0.1, 0.1),
    (1.1, 0.098, 0.098),
]
FRONT_F = [
    (-0.16, 0.028, 0.028),
    (-0.1, 0.068, 0.068),
    (-0.02, 0.108, 0.108),
    (0.18, 0.106, 0.106),
    (0.4, 0.096, 0.096),
    (0.7, 0.084, 0.084),
    (1.0, 0.107, 0.107),
    (1.1, 0.106, 0.106),
]
SIDE = [
    (-0.16, 0.02, 0.03),
    (-0.05, 0.05, 0.055),
    (0.15, 0.07, 0.058),
    (0.35, 0.074, 0.052),
    (0.7, 0.06, 0.046),
    (1.0, 0.058, 0.068),
    (1.1, 0.05, 0.062),
]


class Figure:
    def __init__(self, look: Look, pose: str, view: str, hpx: float, light_left=True):
        self.look, self.view, self.hpx = look, view, hpx
        self.side = view in ("left", "right")
        j = dict(joints(pose, self.side))
        s = look.sway
        if not self.side and pose in ("stand", "walk", "hold", "clap", "lectern", "raise"):
            j["head"] = (j["head"][0] + 0.008 * s, j["head"][1])
            for k, du in (
                ("hip_n", 0.01),
                ("hip_f", 0.01),
                ("an_n", -0.012),
                ("an_f", 0.02),
                ("kn_n", 0.004),
                ("kn_f", 0.012),
            ):
                j[k] = (j[k][0] + du * s, j[k][1])
            if pose == "stand":
                j["wr_n"] = (j["wr_n"][0] + 0.02 * abs(s), j["wr_n"][1] + 0.02 * s)
                j["el_f"] = (j["el_f"][0] + 0.01 * s, j["el_f"][1])
        self.j = j
        self.pose = pose
        self.w, self.h = round(hpx * 1.0) + 8, round(hpx * 1.22) + 8
        self.ax, self.ay = self.w / 2, hpx * 1.14 + 4
        self.img = Image.new("RGBA", (self.w, self.h), (0, 0, 0, 0))
        self.d = ImageDraw.Draw(self.img)
        self.lx = -1 if light_left == (view != "left") else 1  # light side in u

    def p(self, u, v):
        return (self.ax + u * self.hpx, self.ay - v * self.hpx)

    def band(self, a, b, profile, color, steps=STEPS, k_far=1.0):
        """A body part along bone a->b; profile [(t, right, left)] in height units."""
        (au, av), (bu, bv) = a, b
        du, dv = bu - au, bv - av
        n = max(1e-6, (du * du + dv * dv) ** 0.5)
        ru, rv = -dv / n, du / n  # perpendicular, +u when the bone points down
        for k, lum in steps:
            shift = (1 - k) * 0.25 * max(r + l_ for _, r, l_ in profile) * self.lx
            right, left = [], []
            for t, r, l_ in profile:
                cu, cv = au + du * t + shift, av + dv * t
                right.append(self.p(cu + ru * r * k, cv + rv * r * k))
                left.append(self.p(cu - ru * l_ * k, cv - rv * l_ * k))
            self.d.polygon(right + left[::-1], fill=shade(color, lum * k_far))

    def limb(self, a, b, wa, wb, color, far=False, b_is_point=False):
        (au, av) = self.j[a] if isinstance(a, str) else a
        (bu, bv) = b if b_is_point else self.j[b]
        kf = 0.8 if far else 1.0
        prof = [(0.0, wa / 2, wa / 2), (1.0, wb / 2, wb / 2)]
        for (cu, cv), r in (((au, av), wa / 2), ((bu, bv), wb / 2)):
            self.ball(cu, cv, r, r, color, kf)
        self.band((au, av), (bu, bv), prof, color, k_far=kf)

    def ball(self, u, v, ru, rv, color, kf=1.0, steps=STEPS):
        for k, lum in steps:
            su, sv = (1 - k) * ru * 0.35 * self.lx, (1 - k) * rv * 0.3
            self.d.ellipse(
                [
                    *self.p(u + su - ru * k, v + sv + rv * k),
                    *self.p(u + su + ru * k, v + sv - rv * k),
                ],
                fill=shade(color, lum * kf),
            )


def sprite(look: Look, pose: str, view: str, hpx: float, light_left=True):
    """The figure on a transparent image and where its feet are on it."""
    f = Figure(look, pose, view, hpx, light_left)
    j, side = f.j, f.side
    fw = 0.9 if look.female else 1.0
    sleeve = look.skin if look.top_kind == "short" else look.top
    pants = look.skin if look.skirt else look.bottom

    def leg(s, far):
        f.limb(f"hip_{s}", f"kn_{s}", 0.104 * fw, 0.072, pants, far)
        f.limb(f"kn_{s}", f"an_{s}", 0.07, 0.056, pants, far)
        au, av = j[f"an_{s}"]
        toe = 0.045 if side else 0.0
        f.ball(
            au + toe / 2, av - 0.022, 0.036 + toe / 2, 0.026, look.shoes, 0.8 if far else 1
        )

    def arm(s, far):
        f.limb(f"sh_{s}", f"el_{s}", 0.058 * fw, 0.048 * fw, look.top, far)
        f.limb(f"el_{s}", f"wr_{s}", 0.047 * fw, 0.037 * fw, sleeve, far)
        (wu, wv), (eu, ev) = j[f"wr_{s}"], j[f"el_{s}"]
        n = max(1e-6, ((wu - eu) ** 2 + (wv - ev) ** 2) ** 0.5)
        tip = (wu + (wu - eu) / n * 0.07, wv + (wv - ev) / n * 0.07)
        f.limb((wu, wv), tip, 0.04, 0.03, look.skin, far, b_is_point=True)

    def torso():
        sh = _mid(j["sh_n"], j["sh_f"])
        hp = _mid(j["hip_n"], j["hip_f"])
        prof = SIDE if side else (FRONT_F if look.female else FRONT_M)
        if side and view == "left":
            prof = [(t, l_, r) for t, r, l_ in prof]
        if look.skirt:
            f.band(hp, (hp[0], 0.3), [(0, 0.1, 0.1), (1, 0.135, 0.135)], look.bottom)
        ext = {"jacket": 0.16, "coat": 0.75}.get(look.top_kind, 0.0)
        widen = 1.35 if look.top_kind == "coat" else 1.0
        body = [(t, r, l_) for t, r, l_ in prof if t <= 1.0]
        if ext:
            last = body[-1]
            body.append((1.0 + ext, last[1] * widen, last[2] * widen))
        elif not side and not look.skirt:
            f.band(hp, (hp[0], hp[1] - 0.08), [(0, 0.1, 0.1), (1, 0.1, 0.1)], look.bottom)
        f.band(sh, hp, body, look.top)
        d, hh = f.d, f.hpx
        if not side and view == "front":
            neck_open = (
                look.skin if look.top_kind not in ("jacket", "coat") else (230, 230, 226)
            )
            d.polygon(
                [
                    f.p(sh[0] - 0.035, sh[1] + 0.045),
                    f.p(sh[0] + 0.035, sh[1] + 0.045),
                    f.p(sh[0], sh[1] - 0.03),
                ],
                fill=shade(neck_open, 0.9),
            )
            if ext:
                d.line(
                    [f.p(sh[0], sh[1] - 0.03), f.p(hp[0], hp[1] - ext)],
                    fill=shade(look.top, 0.6),
                    width=max(1, round(hh * 0.004)),
                )
        if look.vest:
            vp = [(t, r * 0.97, l_ * 0.97) for t, r, l_ in body if -0.05 <= t <= 1.05]
            f.band(sh, hp, vp, look.vest)
            y = sh[1] - (hp[1] - sh[1]) * -0.45
            d.line(
                [f.p(sh[0] - 0.1, y), f.p(sh[0] + 0.1, y)],
                fill=(215, 215, 200),
                width=max(1, round(hh * 0.008)),
            )
        if look.carry == "bag":
            f.ball(hp[0] + 0.1 * f.lx, hp[1] + 0.05, 0.045, 0.055, (70, 50, 40))

    if look.hair_style == "long" and view == "front":
        hu, hv = j["head"]
        f.band(
            (hu, hv + 0.02), (hu, hv - 0.19), [(0, 0.06, 0.06), (1, 0.07, 0.07)], look.hair
        )
    if side:
        arm("f", True)
        leg("f", True)
        leg("n", False)
    elif not (
        pose.startswith("sit") and view == "back"
    ):  # seated, seen from behind: hidden
        leg("n", False)
        leg("f", False)
    torso()
    arm("n", False)
    if not side:
        arm("f", False)
    draw_head(f, look)
    draw_props(f, look, pose)
    img = finish_sprite(f.img, hpx, f.lx < 0)
    ax = f.ax
    if view == "left":
        img = img.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        ax = f.w - ax
    return img, (ax, f.ay)


def _mid(a, b):
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
