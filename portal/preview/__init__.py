"""The resident preview (``make devserver``): the last good build kept in
memory, the edited page served at once from it, the whole site brought up to
date behind it, and a banner that reloads the open page.

``memory`` keeps the site and renders one edited page; ``status`` is what the
preview says (al día, actualizando, errores); ``http`` serves ``output/`` with
that page on top and the banner added at serve time; ``portal.commands.serve``
runs the loop.
"""
