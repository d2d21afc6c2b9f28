"""Files of the new site that ``output/`` already holds, byte for byte.

The build writes into an empty staging folder. A page that need not render
and a photo whose cached file is already linked into ``output/`` are not
written there again: they are noted here, and the move into place keeps
them, untouched, while removing what the new site no longer has. The
staging folder thus holds only what changed (on this machine's disk a
folder or a link costs a third of a millisecond; a site has tens of
thousands).
"""

from __future__ import annotations

import os

from run_state import state_of


class Keeper:
    def __init__(self, staging: str, output: str):
        self.staging = os.path.abspath(staging)
        self.output = os.path.abspath(output)
        self.kept: set[str] = set()

    def _relative(self, path: str) -> str:
        return os.path.relpath(os.path.abspath(path), self.staging)

    def keep_page(self, name: str) -> bool:
        """A page that need not render: kept if output/ has it."""
        relative = os.path.normpath(name)
        if os.path.isfile(os.path.join(self.output, relative)):
            self.kept.add(relative)
            return True
        return False

    def keep_link(self, source: str, dest: str) -> bool:
        """``dest`` (in staging) would be a link to ``source``: kept if output/'s
        file already is one."""
        relative = self._relative(dest)
        try:
            same = os.path.samefile(source, os.path.join(self.output, relative))
        except OSError:
            return False
        if same:
            self.kept.add(relative)
        return same

    def same_as_output(self, relative: str, data: bytes) -> bool:
        target = os.path.join(self.output, relative)
        try:
            if os.path.getsize(target) != len(data):
                return False
            with open(target, "rb") as handle:
                return handle.read() == data
        except OSError:
            return False

    def keep_same(self, relative: str, data: bytes) -> bool:
        """A generated file: kept if output/ has these very bytes."""
        same = self.same_as_output(relative, data)
        if same:
            self.kept.add(os.path.normpath(relative))
        return same

    def existing(self, dest: str) -> str:
        """Where a file of the new site is now: in staging, or kept in output/."""
        relative = self._relative(dest)
        if relative in self.kept:
            return os.path.join(self.output, relative)
        return dest


def output_keeper(settings) -> Keeper | None:
    """This build's keeper (set by portal.commands.build), or None: every file written."""
    return (state_of(settings).render or {}).get("keeper")
