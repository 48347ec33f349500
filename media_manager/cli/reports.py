"""``report``: credits, a story's credit block, restrictions, problems and cost."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import click

from media_manager.catalog.report_config import config_path, load_report_config
from media_manager.catalog.report_formats import FORMATS, cell_text, render
from media_manager.catalog.report_model import DateRange, Report
from media_manager.catalog.report_request import BadReport, ReportRequest
from media_manager.catalog.reports import GROUPINGS
from media_manager.catalog.sqlparts import PERIODS
from media_manager.cli.common import open_catalog, settings_of


@click.group("report")
def report_group() -> None:
    """Credit and attribution reports, as a table here or as CSV, XLSX, PDF or HTML."""


def common_options(function: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option("--from", "date_from", type=click.DateTime(["%Y-%m-%d"]),
                     help="First day (YYYY-MM-DD), included."),
        click.option("--to", "date_to", type=click.DateTime(["%Y-%m-%d"]),
                     help="Last day (YYYY-MM-DD), included."),
        click.option("--format", "fmt", type=click.Choice([*FORMATS, "text"]),
                     help="Output format (default: from --out's extension, else a text table)."),
        click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
                     help="Write the report to this file."),
        click.option("--config", "config_file", type=click.Path(dir_okay=False, exists=True),
                     help="Report settings (house style, rates, publications); default: "
                          "reports.toml in the data folder, or $MEDIA_MANAGER_REPORTS."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def _run(ctx: click.Context, request: ReportRequest, fmt: str | None, out: Path | None,
         config_file: str | None) -> None:
    settings = settings_of(ctx)
    config = load_report_config(config_path(config_file, settings.data_dir))
    report = open_catalog(ctx).report(request, config)
    fmt = fmt or (out.suffix.lstrip(".").lower() if out and out.suffix else "text")
    if fmt not in (*FORMATS, "text"):
        raise BadReport(f"cannot tell the format from {out}; give --format")
    if fmt == "text":
        data = text_table(report).encode("utf-8")
    else:
        data = render(report, fmt)
    if out is None:
        if fmt in ("xlsx", "pdf"):
            raise BadReport(f"{fmt} is a binary format: give --out FILE")
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    out.write_bytes(data)
    click.echo(f"{report.title}: {len(report.rows)} rows written to {out}", err=True)


def _dates(date_from: Any, date_to: Any) -> DateRange:
    try:
        return DateRange(_day(date_from), _day(date_to))
    except ValueError as problem:
        raise BadReport(str(problem)) from None


def _day(value: Any) -> date | None:
    return value.date() if value else None


def text_table(report: Report) -> str:
    """The report as aligned columns for the terminal, with its block and notes."""
    lines = [report.title, f"dates: {report.range.describe()}"]
    if report.text is not None:
        lines.append(report.text or "(no credit to print)")
    lines += [f"note: {n}" for n in report.notes]
    cells = [[c.name for c in report.columns]]
    cells += [[cell_text(v).replace("\n", " ") for v in row] for row in report.rows]
    widths = [min(40, max(len(r[i]) for r in cells)) for i in range(len(report.columns))]
    for row in cells:
        lines.append("  ".join(v[:40].ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines) + "\n"


@report_group.command("credits")
@click.option("--by", type=click.Choice(GROUPINGS), default="source", show_default=True,
              help="Group by agency, credit line, photographer or period.")
@click.option("--period", type=click.Choice(PERIODS), default="month", show_default=True,
              help="With --by period: day, week (starting Monday) or month.")
@common_options
@click.pass_context
def credits_command(ctx: click.Context, by: str, period: str, date_from: Any, date_to: Any,
                    fmt: str | None, out: Path | None, config_file: str | None) -> None:
    """Photos received (by ingest time) and published (uses, by use date)."""
    _run(ctx, ReportRequest("credits", _dates(date_from, date_to), by=by, period=period),
         fmt, out, config_file)


@report_group.command("story")
@click.argument("slug")
@common_options
@click.pass_context
def story_command(ctx: click.Context, slug: str, date_from: Any, date_to: Any, fmt: str | None,
                  out: Path | None, config_file: str | None) -> None:
    """The credit block to print with story SLUG, in the house style."""
    _run(ctx, ReportRequest("story", _dates(date_from, date_to), story=slug), fmt, out,
         config_file)


@report_group.command("restrictions")
@common_options
@click.pass_context
def restrictions_command(ctx: click.Context, date_from: Any, date_to: Any, fmt: str | None,
                         out: Path | None, config_file: str | None) -> None:
    """Uses of photos with restrictions (embargo, OUT territories, mandatory credit, ...)
    and whether each use honoured them."""
    _run(ctx, ReportRequest("restrictions", _dates(date_from, date_to)), fmt, out, config_file)


@report_group.command("problems")
@common_options
@click.pass_context
def problems_command(ctx: click.Context, date_from: Any, date_to: Any, fmt: str | None,
                     out: Path | None, config_file: str | None) -> None:
    """Photos with no credit, an unknown agency, a credit at odds with by-line or source,
    and killed or superseded photos that were published."""
    _run(ctx, ReportRequest("problems", _dates(date_from, date_to)), fmt, out, config_file)


@report_group.command("cost")
@click.option("--period", type=click.Choice(PERIODS), default="month", show_default=True,
              help="Day, week (starting Monday) or month.")
@common_options
@click.pass_context
def cost_command(ctx: click.Context, period: str, date_from: Any, date_to: Any,
                 fmt: str | None, out: Path | None, config_file: str | None) -> None:
    """Estimated cost per period and agency, from the rates in the report settings."""
    _run(ctx, ReportRequest("cost", _dates(date_from, date_to), period=period), fmt, out,
         config_file)
