"""The sample site's settings plus one test plugin that breaks a rule of the
page cache on purpose; ``PORTAL_PRUEBA_REGLA`` names its module in this
folder. The plugin is loaded from its file, without touching ``sys.path``,
and goes just before ``incremental``, which stays last."""

import importlib.util
import os
import runpy

_HERE = os.path.dirname(os.path.abspath(__file__))
_PREVIEW = runpy.run_path(
    os.path.join(os.path.dirname(os.path.dirname(_HERE)), "pelicanconf.py")
)
globals().update({name: value for name, value in _PREVIEW.items() if name.isupper()})


def _load(name: str):
    spec = importlib.util.spec_from_file_location(
        f"regla_rota_{name}", os.path.join(_HERE, f"{name}.py")
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_BREAKER = _load(os.environ["PORTAL_PRUEBA_REGLA"])
PLUGINS = [*PLUGINS[:-1], _BREAKER, PLUGINS[-1]]  # noqa: F821 - from pelicanconf
