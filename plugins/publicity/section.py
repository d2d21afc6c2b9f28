"""The publicity section as the pages and exports see it: each year's
figures, the published campaigns and air time, and the format rows."""

from __future__ import annotations

from dataclasses import dataclass, field

from content_schema.kinds import KIND_BY_KEY

from .figures import YearSpending
from .rows import FormatRows, rows_23b, rows_23c, rows_23d


@dataclass
class PublicitySection:
    years: list[YearSpending] = field(default_factory=list)  # newest first
    campaigns: list = field(default_factory=list)  # published (veda-held ones left out)
    air_times: list = field(default_factory=list)
    contracts: list = field(default_factory=list)  # published

    @staticmethod
    def year_url(year: int) -> str:
        return KIND_BY_KEY["publicity_budget"].url.format(slug=year)

    def year(self, year: int) -> YearSpending | None:
        return next((s for s in self.years if s.year == year), None)

    def contracts_of(self, campaign) -> list:
        return [c for c in self.contracts if campaign.slug in c.campaigns_ref]

    def contracts_by(self, provider) -> list:
        """Every contract of a provider, across years, newest first."""
        mine = [c for c in self.contracts if c.provider_ref == provider.slug]
        return sorted(mine, key=lambda c: c.signed, reverse=True)

    def campaigns_of_year(self, year: int) -> list:
        return sorted((c for c in self.campaigns if c.year == year), key=lambda c: c.start)

    def air_time_of(self, year: int) -> list:
        return sorted(
            (a for a in self.air_times if a.year == year), key=lambda a: a.quarter
        )

    def format_rows(self, year: int, quarter: int, settings) -> dict[str, FormatRows]:
        """Formats 23b, 23c and 23d of one quarter."""
        spending = self.year(year) or YearSpending(year, None, [])
        by_slug = {c.slug: c for c in self.campaigns}
        return {
            "23b": rows_23b(spending, quarter, by_slug, settings),
            "23c": rows_23c(self.air_times, year, quarter, settings),
            "23d": rows_23d(self.air_times, year, quarter, settings),
        }
