"""Generators of the publicity kinds: one per kind, as the registry says.

Each loads its files (``loader``) and puts them into the context; the
budget's generator, listed last, runs the checks across files once
references are linked (``checks``) and derives each year's figures
(``figures``) into ``context["publicity"]``. Pages: the spending section of
each year, a page per campaign and per provider; the documents staff keep
beside the files (contracts, invoices, pieces) are published beside them.
"""

from __future__ import annotations

import os
import shutil

from content_schema.generator import DRAFT, HELD, PUBLISHED, KindGenerator
from content_schema.transparency_formats import load
from images import (
    ImageStore,
    Job,
    bulletin_recipe,
    copyright_for,
    derive_all,
    publish_picture,
    record_stats,
)
from incremental.keeper import output_keeper
from presentation.numbers import money

from . import loader
from .chart import concept_chart, quarter_chart
from .checks import check_budget, check_campaign, check_contract
from .figures import contracts_sum, year_spending
from .format_pages import year_formats
from .section import PublicitySection
from .spending_data import write_spending

# Context keys: every loaded item of a kind, drafts and those with mistakes too.
LOADED = "publicity_loaded_{}"


class PublicityKindGenerator(KindGenerator):
    load_file = None  # loader function (path, settings, report, markdown)

    def load(self, path, markdown):
        return type(self).load_file(path, self.settings, self.report, markdown)

    def prepare(self, loaded):
        self.context[LOADED.format(self.kind_key)] = loaded

    def published(self) -> list:
        return [i for i in self.loaded if self.state_of(i) == PUBLISHED and i.valid]

    def state_of(self, item) -> str:
        return DRAFT if item.status == "draft" else PUBLISHED

    def publish_file(self, source: str | None, url_folder: str) -> str:
        """Copy a document beside its page; its site-relative URL ("" if none)."""
        if not source:
            return ""
        relative = url_folder + os.path.basename(source)
        if not self.settings["CHECK_ONLY"]:
            target = os.path.join(self.output_path, relative)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(source, target)
        return relative


class CampaignGenerator(PublicityKindGenerator):
    kind_key = "campaign"
    load_file = staticmethod(loader.load_campaign)

    def state_of(self, item) -> str:
        if item.veda is not None and item.status != "draft" and self.settings["EMBARGO"]:
            return HELD  # make publish: held like a propaganda bulletin
        return super().state_of(item)

    def prepare(self, loaded):
        super().prepare(loaded)
        for campaign in loaded:
            for piece in campaign.pieces:
                piece.file_url = _url(campaign.url, piece.file)
        self._derive_piece_images(loaded)

    def _derive_piece_images(self, loaded):
        """A piece's image through the photo pipeline, like a bulletin's: web
        sizes without camera data, the campaign's credit and the year's rights."""
        settings = self.settings
        recipe = bulletin_recipe(settings)
        pieces = [
            (campaign, piece)
            for campaign in loaded
            for piece in campaign.pieces
            if piece.file and piece.file_kind == "image"
        ]
        jobs = {
            id(piece): Job(piece.file, recipe, settings["OFFICE_NAME"],
                           copyright_for(settings, campaign.year))
            for campaign, piece in pieces
        }  # fmt: skip
        if settings["CHECK_ONLY"] or not jobs:
            return
        results, problems = derive_all(
            list(jobs.values()), ImageStore(settings["IMAGES_CACHE_PATH"]),
            settings["IMAGES_WORKERS"],
        )  # fmt: skip
        failed = {p.source: p.message for p in problems}
        record_stats(settings, results.values())
        for campaign, piece in pieces:
            if piece.file in failed:
                self.report.add(self.shown(campaign.source_path), "pieces.file",
                                f"la imagen '{os.path.basename(piece.file)}' {failed[piece.file]}")  # fmt: skip
                continue
            stem = os.path.splitext(os.path.basename(piece.file))[0]
            piece.picture = publish_picture(
                results[(piece.file, recipe)], self.output_path,
                f"{campaign.url}imagenes/{stem}", "", keeper=output_keeper(settings),
                alt=piece.title, credit=settings["OFFICE_NAME"],
            )  # fmt: skip

    def generate_output(self, writer):
        section = self.context.get("publicity")
        for campaign in self.published():
            for piece in campaign.pieces:
                if piece.file_kind == "document":  # images: _derive_piece_images
                    self.publish_file(piece.file, campaign.url)
            contracts = section.contracts_of(campaign) if section else []
            self.write_page(writer, campaign.url, "campaign", campaign=campaign,
                            contracts=contracts, spent=contracts_sum(contracts))  # fmt: skip


class ProviderGenerator(PublicityKindGenerator):
    kind_key = "provider"
    load_file = staticmethod(loader.load_provider)

    def generate_output(self, writer):
        section = self.context.get("publicity")
        for provider in self.published():
            self.write_page(writer, provider.url, "provider", provider=provider,
                            contracts=section.contracts_by(provider) if section else [])  # fmt: skip


class ContractGenerator(PublicityKindGenerator):
    kind_key = "contract"
    load_file = staticmethod(loader.load_contract)

    def prepare(self, loaded):
        super().prepare(loaded)
        for contract in loaded:  # the URLs are known before the files are copied
            folder = contract.folder_url
            contract.document_url = _url(folder, contract.document)
            for item in (*contract.amendments, *contract.invoices):
                item.document_url = _url(folder, item.document)

    def generate_output(self, writer):
        for contract in self.published():
            for source in (contract.document,
                           *(a.document for a in contract.amendments),
                           *(i.document for i in contract.invoices)):  # fmt: skip
                self.publish_file(source, contract.folder_url)


def _url(folder: str, source: str | None) -> str:
    return folder + os.path.basename(source) if source else ""


class AirTimeGenerator(PublicityKindGenerator):
    """Shown in its year's section (the budget's page): no page of its own."""

    kind_key = "air_time"
    load_file = staticmethod(loader.load_air_time)

    def generate_output(self, writer):
        pass


class BudgetGenerator(PublicityKindGenerator):
    """Listed last: the checks across files and the figures of every year."""

    kind_key = "publicity_budget"
    load_file = staticmethod(loader.load_budget)

    def after_linking(self) -> None:
        context, report = self.context, self.report
        contracts = context.get(LOADED.format("contract"), [])
        budgets = {b.year: b for b in self.loaded if b.status != "draft"}
        for contract in contracts:
            check_contract(contract, budgets, report, self.shown(contract.source_path))
        for budget in self.loaded:
            check_budget(budget, report, self.shown(budget.source_path))
        for campaign in context.get(LOADED.format("campaign"), []):
            check_campaign(campaign, report, self.shown(campaign.source_path))
        published = [c for c in contracts if c.status != "draft" and c.valid]
        years = sorted({c.year for c in published} | set(budgets), reverse=True)
        context["media_names"] = load().labels("medium")  # catalogue key -> label
        context["publicity"] = PublicitySection(
            years=[year_spending(year, published, budgets.get(year)) for year in years],
            campaigns=[c for c in context.get(LOADED.format("campaign"), [])
                       if c.status != "draft" and c.valid and not self._held(c)],
            air_times=[a for a in context.get(LOADED.format("air_time"), [])
                       if a.status != "draft" and a.valid],
            contracts=published,
        )  # fmt: skip
        for spending in context["publicity"].years:
            if spending.budget is not None:
                self._warn_declared(spending)

    def _warn_declared(self, spending) -> None:
        """A declared «spent» unlike the invoices' sum: published, and flagged."""
        shown = self.shown(spending.budget.source_path)
        for position, line in enumerate(spending.concepts, start=1):
            if line.declared_difference:
                self.report.warn(shown, f"concepts[{position}].spent",
                                 f"el ejercido declarado ({money(line.declared_spent)}) no "
                                 f"coincide con la suma de las facturas ({money(line.spent)}); "
                                 f"diferencia: {money(line.declared_difference)}. Se publica "
                                 "así y la página lo señala")  # fmt: skip

    def _held(self, campaign) -> bool:
        return campaign.veda is not None and self.settings["EMBARGO"]

    def generate_output(self, writer):
        section = self.context["publicity"]
        for spending in section.years:
            campaigns = section.campaigns_of_year(spending.year)
            formats = year_formats(section, spending, self.output_path, self.settings)
            spending_sets = write_spending(
                spending, campaigns, self.output_path, self.settings,
                _own_date(spending, formats),
            )  # fmt: skip
            self.add_datasets([*formats.datasets, *spending_sets])
            self.write_page(
                writer,
                section.year_url(spending.year),
                "publicity",
                spending=spending,
                concept_chart=concept_chart(spending.concepts),
                quarter_chart=quarter_chart(spending.by_quarter),
                campaigns=campaigns,
                air_times=section.air_time_of(spending.year),
                formats=formats,
                spending_datasets=spending_sets,
            )
            self.write_page(writer, formats.url, "publicity_formats", spending=spending,
                            formats=formats)  # fmt: skip
            for quarter in formats.quarters:
                self.write_page(writer, quarter.url, "publicity_quarter", spending=spending,
                                formats=formats, quarter=quarter)  # fmt: skip


def _own_date(spending, formats):
    """The year's data changes with its content: the latest of the budget's
    validation, its invoices and the formats' own dates."""
    days = [d.updated for d in formats.datasets if d.updated]
    days += [i.date for c in spending.contracts for i in c.invoices]
    if spending.budget and spending.budget.validated:
        days.append(spending.budget.validated)
    return max(days, default=None)


GENERATORS = (CampaignGenerator, ProviderGenerator, ContractGenerator, AirTimeGenerator,
              BudgetGenerator)  # fmt: skip
