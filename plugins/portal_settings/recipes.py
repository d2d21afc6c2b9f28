"""The option types of the recipes: what to make of each photo and recording.

Their fields come from the recipes' own dataclasses (``images.recipe.Recipe``,
``media.recipe.MediaRecipe``), so a field added there is checked here.
"""

from __future__ import annotations

from dataclasses import fields

from images.recipe import Recipe
from media.recipe import MediaRecipe

from .options import Boolean, Choice, Integer, Option
from .structures import ListOf, Pair, Record

# How each field of an image recipe is checked (its default is Recipe's).
_RECIPE_OPTIONS = {
    "widths": lambda d: ListOf(Integer(minimum=1), d, as_tuple=True),
    "formats": lambda d: ListOf(Choice(("WEBP", "JPEG")), d, as_tuple=True),
    "crop": lambda d: Pair(Integer(minimum=1), Integer(minimum=1), d, optional=True),
    "press": lambda d: Boolean(d),
}


class ImageRecipe(Record):
    """What to make of each photo (``images.recipe.Recipe``'s fields)."""

    def __init__(self, default, description):
        options = {
            f.name: _RECIPE_OPTIONS.get(f.name, lambda d: Integer(d, minimum=1))(f.default)
            for f in fields(Recipe)
        }
        super().__init__(options, default, description)


class Number(Option):
    type_label = "número"

    def expected(self) -> str:
        return "un número (p. ej. -16 o -1.5)"

    def check(self, value):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.fail(value)
        return float(value)


_MEDIA_RECIPE_OPTIONS = {
    "preset": lambda d: Choice(
        ("ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow"), d
    ),
    "crf": lambda d: Integer(d, minimum=0),
    "press_crf": lambda d: Integer(d, minimum=0),
    "web_loudness": Number,
    "broadcast_loudness": Number,
    "true_peak": Number,
    "loudness_range": Number,
    "waveform_size": lambda d: Pair(Integer(minimum=16), Integer(minimum=16), d),
}


class MediaRecipeOption(Record):
    """What to make of each recording (``media.recipe.MediaRecipe``'s fields)."""

    def __init__(self, description):
        options = {
            f.name: _MEDIA_RECIPE_OPTIONS.get(f.name, lambda d: Integer(d, minimum=1))(
                f.default
            )
            for f in fields(MediaRecipe)
        }
        super().__init__(options, {}, description)
