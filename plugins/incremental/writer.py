"""Pelican's writer, rendering only the pages whose inputs changed.

A page whose recorded inputs (``inputs.py``) all have the same digests is
not rendered and not written: it is noted as kept (``keeper.py``), and the
move into ``output/`` leaves the file the last build published untouched.

``write_file`` follows Pelican 4.12's own (pagination included) so that a
kept page costs neither a render nor a folder nor a file in the new site.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field

from pelican import signals
from pelican.paginator import Paginator
from pelican.utils import get_relative_path, path_to_url, sanitised_join
from pelican.writers import FileOverwriteFailedError, Writer

from run_state import state_of

from .errors import ContentMutated, LateWrite
from .inputs import PageInputs
from .manifest import PageRecord
from .parallel import render_all
from .verify import Difference, explain


@dataclass(frozen=True)
class PageJob:
    """A page waiting for the end of its generator: render it, or keep it."""

    template: object
    context: dict
    local: dict
    name: str
    path: str
    seen: dict = field(default_factory=dict)  # name digests made while deciding
    kept: PageRecord | None = None  # verify: the record it would be kept by


@dataclass(frozen=True)
class RenderResult:
    record: PageRecord
    difference: str | None = None  # verify: why the kept file differs


class IncrementalWriter(Writer):
    def __init__(self, output_path, settings=None):
        super().__init__(output_path, settings=settings)
        self.plan = state_of(settings).render if settings is not None else None
        if self.plan is not None:
            self.plan["writer"] = self  # closed after the last generator (plugin)
        self.inputs: PageInputs | None = None
        self._folders: set[str] = set()
        self._pending: dict[str, PageJob] = {}  # pages to render, by file
        self.closed = False
        if self.plan is not None:  # declared and checked in portal_settings
            self.workers = settings["RENDER_WORKERS"] or min(2, os.cpu_count() or 1)
            self.parallel_from = settings["RENDER_PARALLEL_MIN"]

    def write_file(
        self,
        name,
        template,
        context,
        relative_urls=False,
        paginated=None,
        template_name=None,
        override_output=False,
        url=None,
        **kwargs,
    ):
        if self.plan is None:
            return super().write_file(
                name,
                template,
                context,
                relative_urls,
                paginated,
                template_name,
                override_output,
                url,
                **kwargs,
            )
        if not name:
            return
        if self.closed:
            raise LateWrite(name)
        if self.inputs is None:
            self.inputs = self.plan["inputs"] = PageInputs(
                self.settings, context, template.environment
            )
        if paginated is None:
            paginated = {k: v for k, v in kwargs.items() if k in {"articles", "dates"}}
        if not (paginated and template_name in self.settings["PAGINATED_TEMPLATES"]):
            local = self._local_context(context, name, kwargs, relative_urls)
            self._write_page(template, context, local, name, override_output)
            return
        per_page = (
            self.settings["PAGINATED_TEMPLATES"][template_name]
            or self.settings["DEFAULT_PAGINATION"]
        )
        paginators = {
            key: Paginator(name, url, value, self.settings, per_page)
            for key, value in paginated.items()
        }
        for number in range(next(iter(paginators.values())).num_pages):
            page_kwargs = kwargs.copy()
            for key, paginator in paginators.items():
                page = paginator.page(number + 1)
                page_kwargs.update(
                    {
                        f"{key}_paginator": paginator,
                        f"{key}_page": page,
                        f"{key}_previous_page": paginator.page(number) if number else None,
                        f"{key}_next_page": (
                            paginator.page(number + 2)
                            if number + 1 < paginator.num_pages
                            else None
                        ),
                    }
                )
            local = self._local_context(context, page.save_as, page_kwargs, relative_urls)
            self._write_page(template, context, local, page.save_as, override_output)

    @staticmethod
    def _local_context(context, name, kwargs, relative_urls) -> dict:
        local = context.copy()
        local["localsiteurl"] = local.get("localsiteurl", None)
        if relative_urls:
            relative_url = path_to_url(get_relative_path(name))
            local["SITEURL"] = relative_url
            local["localsiteurl"] = relative_url
        local["output_file"] = name
        local.update(kwargs)
        return local

    def _write_page(self, template, context, local, name, override) -> None:
        if local["localsiteurl"]:  # contents adjust their links to it (Pelican)
            context["localsiteurl"] = local["localsiteurl"]
        path = self._claim(sanitised_join(self.output_path, name), override)
        if path is not None:  # decided when the generator is done (flush)
            self._pending[path] = PageJob(template, context, local, name, path)

    def _claim(self, path: str, override: bool) -> str | None:
        """Pelican's rules for a file written twice (``Writer._open_w``)."""
        if path in self._overridden_files:
            if override:
                raise FileOverwriteFailedError(
                    f'Failed to overwrite "{path}" a second time'
                )
            return None
        if path in self._written_files and not override:
            raise FileOverwriteFailedError(f'Failed to overwrite "{path}"')
        if override:
            self._overridden_files.add(path)
        self._written_files.add(path)
        return path

    def flush(self) -> None:
        """Keep or render the pages waiting, rendering on every core when there
        are enough. Deciding here, once the generator has finished setting up
        its objects (a gallery's ZIP size, a report's datasets), compares them
        as the last build recorded them: after the same set-up. With
        ``verify`` a page that would be kept is rendered and compared instead."""
        waiting = list(self._pending.values())
        self._pending.clear()
        if not waiting:
            return
        asset = waiting[0].template.environment.globals.get("asset")
        self.inputs.new_batch()
        jobs = []
        for job in waiting:
            record = self.plan["previous"].get(job.name)
            if (
                record is not None
                and self.inputs.still_valid(record, job.local, job.seen)
                and self.plan["keeper"].keep_page(job.name)
            ):
                if self.plan.get("verify"):
                    jobs.append(dataclasses.replace(job, kept=record))
                    continue
                self._kept(job.name, record, asset)
            else:
                jobs.append(job)
        workers = self.workers if len(jobs) >= self.parallel_from else 1
        for job, result in zip(
            jobs, render_all(jobs, self._render, workers, self._check_share), strict=True
        ):
            if job.kept is None:
                self.plan["pages"][job.name] = result.record
                self.plan["rendered"] += 1
            elif result.difference is None:
                self.plan["verified"] = self.plan.get("verified", 0) + 1
                self._kept(job.name, job.kept, asset)
                continue
            else:
                self.plan["differences"].append(Difference(job.name, result.difference))
            for relative in result.record.assets:  # asked for in a worker: ask here too
                asset(relative)

    def _kept(self, name: str, record, asset) -> None:
        self.plan["pages"][name] = record
        self.plan["reused"] += 1
        for relative in record.assets:  # its theme files still get their names
            asset(relative)

    def _render(self, job: PageJob) -> RenderResult:
        if job.local["localsiteurl"]:  # contents adjust their links to it (Pelican)
            job.context["localsiteurl"] = job.local["localsiteurl"]
        output, record = self.inputs.render(job.template, job.local, job.seen)
        if job.kept is not None:  # verify: compare, write nothing
            if self.plan["keeper"].same_as_output(job.name, output.encode("utf-8")):
                return RenderResult(record)
            return RenderResult(record, explain(job.kept, record))
        folder = os.path.dirname(job.path)
        if folder not in self._folders:  # a mkdir that fails is slow here too
            os.makedirs(folder, exist_ok=True)
            self._folders.add(folder)
        with open(job.path, "w", encoding="utf-8") as handle:
            handle.write(output)
        signals.content_written.send(job.path, context=job.local)
        return RenderResult(record)

    def _check_share(self, results: list[RenderResult]) -> None:
        """In a worker, after its pages: did rendering change what they read?"""
        idents = set()
        for result in results:
            idents.update(result.record.objects)
        changed = self.inputs.mutated(idents)
        if changed:
            raise ContentMutated(changed)

    def close(self) -> None:
        """Every generator has written: render what waits, check that no
        content changed since it was first digested, and refuse later pages."""
        self.flush()
        self.closed = True
        if self.inputs is not None:
            changed = self.inputs.mutated()
            if changed:
                raise ContentMutated(changed)
