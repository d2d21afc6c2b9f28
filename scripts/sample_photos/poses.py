"""Skeletons for the figures: joint positions per pose and view.

Units are the person's height (feet at v=0, top of the head near v=1), u to
the right of the frame. In side views the figure faces +u; drawing code
mirrors it for people facing left. ``_n`` joints are on the near side, ``_f``
on the far side (front/back views: left and right of the frame).
"""

from __future__ import annotations

Joints = dict[str, tuple[float, float]]

_STAND_FRONT: Joints = {
    "head": (0, 0.932),
    "neck": (0, 0.855),
    "sh_n": (-0.112, 0.81),
    "sh_f": (0.112, 0.81),
    "el_n": (-0.136, 0.64),
    "el_f": (0.136, 0.64),
    "wr_n": (-0.128, 0.49),
    "wr_f": (0.128, 0.49),
    "hip_n": (-0.058, 0.5),
    "hip_f": (0.058, 0.5),
    "kn_n": (-0.056, 0.27),
    "kn_f": (0.056, 0.27),
    "an_n": (-0.052, 0.045),
    "an_f": (0.052, 0.045),
}

_STAND_SIDE: Joints = {
    "head": (0.012, 0.932),
    "neck": (0.0, 0.855),
    "sh_n": (0.0, 0.81),
    "sh_f": (0.004, 0.81),
    "el_n": (-0.006, 0.64),
    "el_f": (0.01, 0.645),
    "wr_n": (0.02, 0.49),
    "wr_f": (0.03, 0.495),
    "hip_n": (0.0, 0.5),
    "hip_f": (0.004, 0.5),
    "kn_n": (0.012, 0.27),
    "kn_f": (0.006, 0.27),
    "an_n": (0.0, 0.045),
    "an_f": (0.0, 0.045),
}


def _with(base: Joints, **changes) -> Joints:
    out = dict(base)
    out.update(changes)
    return out


def _sit(base: Joints, side: bool) -> Joints:
    """Lower the upper body onto a 0.45 m seat and fold the legs."""
    out = {
        k: (u, v - 0.23) for k, (u, v) in base.items() if k[:2] not in ("hi", "kn", "an")
    }
    if side:
        out.update(
            hip_n=(0.0, 0.27),
            hip_f=(0.0, 0.27),
            kn_n=(0.24, 0.28),
            kn_f=(0.235, 0.285),
            an_n=(0.23, 0.04),
            an_f=(0.2, 0.045),
            el_n=(0.0, 0.42),
            wr_n=(0.12, 0.32),
            el_f=(0.01, 0.42),
            wr_f=(0.13, 0.33),
        )
    else:
        out.update(
            hip_n=(-0.062, 0.27),
            hip_f=(0.062, 0.27),
            kn_n=(-0.07, 0.29),
            kn_f=(0.07, 0.29),
            an_n=(-0.068, 0.04),
            an_f=(0.068, 0.04),
            el_n=(-0.135, 0.41),
            el_f=(0.135, 0.41),
            wr_n=(-0.08, 0.32),
            wr_f=(0.08, 0.32),
        )
    return out


POSES: dict[tuple[str, bool], Joints] = {
    ("stand", False): _STAND_FRONT,
    ("stand", True): _STAND_SIDE,
    ("walk", False): _with(_STAND_FRONT, an_f=(0.05, 0.085), kn_f=(0.055, 0.29)),
    ("walk", True): _with(
        _STAND_SIDE,
        kn_n=(0.07, 0.275),
        an_n=(0.13, 0.045),
        kn_f=(-0.04, 0.28),
        an_f=(-0.13, 0.08),
        el_n=(-0.05, 0.655),
        wr_n=(-0.085, 0.5),
        el_f=(0.05, 0.655),
        wr_f=(0.1, 0.52),
    ),
    ("raise", False): _with(_STAND_FRONT, el_f=(0.165, 0.94), wr_f=(0.15, 1.08)),
    ("hold", False): _with(
        _STAND_FRONT,
        el_n=(-0.13, 0.63),
        wr_n=(-0.085, 0.68),
        el_f=(0.13, 0.63),
        wr_f=(0.085, 0.68),
    ),
    ("clap", False): _with(
        _STAND_FRONT,
        el_n=(-0.13, 0.63),
        wr_n=(-0.02, 0.7),
        el_f=(0.13, 0.63),
        wr_f=(0.02, 0.71),
    ),
    ("phone", False): _with(
        _STAND_FRONT,
        el_n=(-0.12, 0.66),
        wr_n=(-0.05, 0.86),
        el_f=(0.12, 0.66),
        wr_f=(0.05, 0.86),
    ),
    ("lectern", False): _with(
        _STAND_FRONT,
        el_n=(-0.14, 0.64),
        wr_n=(-0.1, 0.58),
        el_f=(0.14, 0.64),
        wr_f=(0.1, 0.58),
    ),
    ("sit", False): _sit(_STAND_FRONT, False),
    ("sit", True): _sit(_STAND_SIDE, True),
    ("dig", True): {
        "head": (0.2, 0.855),
        "neck": (0.15, 0.79),
        "sh_n": (0.13, 0.75),
        "sh_f": (0.135, 0.755),
        "el_n": (0.2, 0.6),
        "wr_n": (0.25, 0.5),
        "el_f": (0.2, 0.66),
        "wr_f": (0.19, 0.74),
        "hip_n": (0.0, 0.49),
        "hip_f": (0.0, 0.49),
        "kn_n": (0.07, 0.27),
        "an_n": (0.04, 0.045),
        "kn_f": (-0.03, 0.27),
        "an_f": (-0.1, 0.045),
    },
    ("kneel", True): {
        "head": (0.25, 0.6),
        "neck": (0.2, 0.55),
        "sh_n": (0.17, 0.52),
        "sh_f": (0.175, 0.525),
        "el_n": (0.24, 0.36),
        "wr_n": (0.3, 0.16),
        "el_f": (0.26, 0.38),
        "wr_f": (0.33, 0.18),
        "hip_n": (0.0, 0.3),
        "hip_f": (0.0, 0.3),
        "kn_n": (0.16, 0.05),
        "an_n": (-0.1, 0.035),
        "kn_f": (0.18, 0.3),
        "an_f": (0.17, 0.045),
    },
    ("pour", True): _with(
        _STAND_SIDE,
        el_n=(0.07, 0.66),
        wr_n=(0.19, 0.72),
        el_f=(0.08, 0.67),
        wr_f=(0.2, 0.64),
    ),
    ("vaccinate", True): _with(
        _STAND_SIDE,
        el_n=(0.05, 0.6),
        wr_n=(0.16, 0.66),
        el_f=(0.06, 0.62),
        wr_f=(0.15, 0.71),
        head=(0.03, 0.925),
    ),
    ("sleeve", True): _with(_sit(_STAND_SIDE, True), el_n=(0.04, 0.43), wr_n=(0.09, 0.33)),
}

POSES[("sit_raise", False)] = _with(
    POSES[("sit", False)], el_f=(0.165, 0.71), wr_f=(0.15, 0.85)
)
POSES[("sit_table", False)] = _with(
    POSES[("sit", False)],
    el_n=(-0.15, 0.46),
    wr_n=(-0.07, 0.45),
    el_f=(0.15, 0.46),
    wr_f=(0.07, 0.45),
)


def joints(pose: str, side: bool) -> Joints:
    return POSES[(pose, side)] if (pose, side) in POSES else POSES[("stand", side)]
