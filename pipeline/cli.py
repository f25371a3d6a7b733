"""The ``reviews`` command: a thin Click shell over pipeline.run and friends.

Every command maps library errors to one clear line and the exit codes of
shared/contract.md: 0 all files read, 1 outputs written but some files could
not be read, 2 usage error.
"""

from __future__ import annotations

import functools
import os
import sys
from collections import Counter
from pathlib import Path

import click

from pipeline import __version__
from pipeline.config import DEFAULT_OUTPUT_DIR, DEFAULT_REGISTER, DEFAULT_STAGES
from pipeline.errors import ReadError, UsageError
from pipeline.messages import LANGS, cli_message, problem_label, problem_message, short_verdict_label
from pipeline.records import VERDICTS, Problem
from pipeline.safe_text import visible

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def register_option(f):
    """Add ``--register CSV`` to a command."""
    return click.option(
        "--register",
        "register_path",
        type=click.Path(path_type=Path, dir_okay=False),
        default=DEFAULT_REGISTER,
        show_default=True,
        help="Qualification register (CSV: name, sector, lki_level, aliases).",
    )(f)


def lang_option(f):
    """Add ``--lang lv|en`` to a command."""
    return click.option(
        "--lang",
        type=click.Choice(LANGS),
        default="lv",
        show_default=True,
        help="Language of what coordinators read (workbook, report, messages).",
    )(f)


def report_options(f):
    """Add ``--stage N``, ``--as-of DATE``, ``--stages CSV`` and ``--author NAME``; pass them on as ``scope``."""

    @functools.wraps(f)
    def wrapper(*args, stage, as_of, stages_path, author, **kwargs):
        from pipeline.stages import ReportScope, load_calendar

        if stage is not None and as_of is not None:
            raise UsageError("give --stage or --as-of, not both")
        calendar = load_calendar(stages_path)
        if stage is not None:
            calendar.number(stage)  # a stage the calendar does not hold is said now, not after the run
        day = as_of.date() if as_of is not None else None
        return f(*args, scope=ReportScope(calendar, stage, day, author), **kwargs)

    for option in reversed([
        click.option("--stage", type=click.IntRange(min=0), default=None,
                     help="Report on this project stage (see --stages) [default: the stage of the newest review]."),
        click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
                     help="Report as of this date (YYYY-MM-DD): its stage, and no review dated later."),
        click.option("--stages", "stages_path", type=click.Path(path_type=Path, dir_okay=False),
                     default=DEFAULT_STAGES, show_default=True,
                     help="Stage calendar (CSV: stage, start, end) that coordinators keep."),
        click.option("--author", default="LDDK", show_default=True, envvar="REVIEWS_AUTHOR",
                     help="Author named in report.docx's document properties (or set REVIEWS_AUTHOR)."),
    ]):
        wrapper = option(wrapper)
    return wrapper


def usage_errors(f):
    """Turn library usage errors into a one-line message and exit status 2 (130 for Ctrl-C).

    The message is in the command's ``--lang`` (Latvian when it has none), with
    any control character of a name in it shown as an escape.
    """

    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        lang = kwargs.get("lang") or "lv"
        try:
            return f(*args, **kwargs)
        except UsageError as exc:
            _say_error(str(exc), lang)
            sys.exit(2)
        except OSError as exc:
            _say_error(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), lang)
            sys.exit(2)
        except KeyboardInterrupt:
            click.echo(cli_message("interrupted", lang), err=True)
            sys.exit(130)

    return wrapper


def _say_error(text: str, lang: str) -> None:
    click.echo(f"{cli_message('error', lang)}: {visible(text)}", err=True)


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, prog_name="reviews")
def main() -> None:
    """Read expert reviews of MIP and PKE content into spreadsheets and a report.

    \b
    Example:
      reviews run inputs/samples -o outputs
    """


@main.command(context_settings=CONTEXT)
@click.argument("input_dir", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option(
    "-o", "--output-dir", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_OUTPUT_DIR,
    show_default=True, help="Folder for verdicts.csv, problems.csv, summary.xlsx, report.docx.",
)
@register_option
@lang_option
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=None, help="Worker processes [default: cores; 0 = in this process].")
@click.option("--no-cache", is_flag=True, help="Read every file again, ignoring cached results.")
@click.option("-v", "--verbose", count=True, help="Also list every problem on the screen.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary screen.")
@usage_errors
@report_options
def run(input_dir, output_dir, register_path, lang, jobs, no_cache, verbose, quiet, scope):
    """Read every review under INPUT_DIR and write the outputs.

    INPUT_DIR is walked recursively; every file in it appears in verdicts.csv
    or problems.csv.

    \b
    Example:
      reviews run inputs/samples -o outputs --lang lv --jobs 2
      reviews run inputs/samples --stage 4
    """
    from pipeline.run import run as run_batch

    made = _make_output_folder(output_dir)
    try:
        outcome = run_batch(
            input_dir, output_dir, register_path, lang=lang, jobs=jobs, use_cache=not no_cache,
            progress=not quiet, start_method="forkserver",  # spaCy loads in the server while this process starts up
            scope=scope,
        )
    except BaseException:  # a refused or interrupted run leaves no empty folder of its own behind
        _remove_empty(made)
        raise
    if not quiet:
        click.echo(summary_screen(outcome, verbose, lang), err=True)
    for name, message in (outcome.written.failed if outcome.written else {}).items():
        click.echo(f"{cli_message('warning', lang)}: {visible(name)}: {visible(message)}", err=True)
    sys.exit(outcome.exit_code)


def _make_output_folder(output_dir: Path) -> list[Path]:
    """Create ``output_dir`` and check it can be written; return the folders created, deepest first."""
    made = []
    folder = output_dir.absolute()
    while not os.path.lexists(folder) and folder != folder.parent:
        made.append(folder)
        folder = folder.parent
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _remove_empty(made)
        raise UsageError(f"cannot create output folder {output_dir}: {exc.strerror or exc}") from None
    probe = output_dir / ".reviews-write-test"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        _remove_empty(made)
        raise UsageError(f"output folder {output_dir} is not writable: {exc.strerror or exc}") from None
    return made


def _remove_empty(folders: list[Path]) -> None:
    """Remove ``folders`` (deepest first) as long as they are empty."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            return


def summary_screen(outcome, verbose: int = 0, lang: str = "lv") -> str:
    """Return the end-of-run screen in ``lang``: files, verdicts, problems, outputs.

    With ``verbose`` every problem follows, with what to do about it (and with
    ``verbose`` 2 the technical detail); names are shown with control characters escaped.
    """
    verdicts = Counter(v.verdict for r in outcome.results for v in r.verdicts)
    problems = Counter(p.code for r in outcome.results for p in r.problems)
    readable = sum(1 for r in outcome.results if r.readable)
    none = cli_message("none", lang)
    lines = [
        cli_message("files", lang, total=len(outcome.results), read=readable,
                    unreadable=len(outcome.results) - readable, cached=outcome.cached, seconds=outcome.run.seconds),
        f"{cli_message('verdicts', lang)}: "
        + (", ".join(f"{short_verdict_label(k, lang)} {verdicts[k]}" for k in VERDICTS if verdicts[k]) or none),
        f"{cli_message('problems', lang)}: "
        + (", ".join(f"{problem_label(k, lang)} {problems[k]}" for k in sorted(problems)) or none),
    ]
    written = outcome.written
    if written and written.paths:
        kept = cli_message("unchanged", lang) if written.unchanged else ""
        lines.append(f"{cli_message('outputs', lang)}: " + ", ".join(visible(str(p)) for p in written.paths.values())
                     + kept)
    if verbose:
        for r in outcome.results:
            for p in r.problems:
                lines.append(f"  {visible(p.file)}  [{p.code}] {visible(problem_message(p, lang))}")
                if verbose > 1 and p.detail:
                    lines.append(f"      {visible(p.detail)}")
    return "\n".join(lines)


@main.command(context_settings=CONTEXT)
@click.argument("input_dir", type=click.Path(path_type=Path, exists=True, file_okay=False))
@usage_errors
def check(input_dir):
    """List what a run would read, skip or refuse, and why; write nothing.

    \b
    Example:
      reviews check inputs/samples
    """
    from pipeline.reader.plan import plan

    rows = [(visible(rel), action, visible(reason)) for rel, action, reason in plan(input_dir)]
    width = max((len(r[0]) for r in rows), default=4)
    for rel, action, reason in rows:
        click.echo(f"{rel:{width}}  {action:7}  {reason}")
    counts = Counter(r[1] for r in rows)
    click.echo(", ".join(f"{k}: {counts[k]}" for k in ("read", "convert", "skip", "refuse") if counts[k]), err=True)


@main.command(context_settings=CONTEXT)
@click.argument("file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@register_option
@lang_option
@click.option("--html", "html_out", type=click.Path(path_type=Path, dir_okay=False), help="Also write an HTML page with every matched span marked.")
@usage_errors
def explain(file, register_path, lang, html_out):
    """Show each verdict in FILE with the evidence it was read from.

    A file that cannot be read gets the problem code and message `reviews run`
    would give it, and exit status 1.

    \b
    Example:
      reviews explain inputs/samples/narrative_01.docx --html explain.html
    """
    from pipeline.explain import analyse_path, explain_text, write_html
    from pipeline.register import load_register

    register = load_register(register_path, lang)
    try:
        analysis = analyse_path(file, register)  # read once for both views
    except ReadError as exc:  # the same code and message as `reviews run` gives the file
        problem = Problem(file=file.name, code=exc.code, detail=exc.detail)
        click.echo(f"{visible(str(file))}: {cli_message('explain_unreadable', lang)}", err=True)
        click.echo(f"  {exc.code}: {problem_message(problem, lang)}", err=True)
        if exc.detail:
            click.echo(f"  ({visible(exc.detail)})", err=True)
        sys.exit(1)
    click.echo(explain_text(file, register, lang, analysis))
    if html_out:
        write_html(file, register, html_out, analysis, lang)
        click.echo(f"HTML: {visible(str(html_out))}", err=True)


@main.command(context_settings=CONTEXT)
@click.argument("output_dir", type=click.Path(path_type=Path, exists=True, file_okay=False), default=DEFAULT_OUTPUT_DIR)
@register_option
@lang_option
@click.option("--to", "dest", type=click.Path(path_type=Path, dir_okay=False), help="Where to write the report [default: OUTPUT_DIR/report.docx].")
@usage_errors
@report_options
def report(output_dir, register_path, lang, dest, scope):
    """Write the progress report again from a previous run's results.

    \b
    Example:
      reviews report outputs --lang lv --to report-Q1.docx
      reviews report outputs --as-of 2026-03-31
    """
    from pipeline.outputs import report_from_folder
    from pipeline.register import load_register

    path = report_from_folder(output_dir, load_register(register_path, lang), lang, dest, scope)
    click.echo(str(path))


@main.command(context_settings=CONTEXT)
@click.argument("output_dir", type=click.Path(path_type=Path, exists=True, file_okay=False), default=DEFAULT_OUTPUT_DIR)
@lang_option
@click.option("--runs", type=click.IntRange(min=2), default=5, show_default=True, help="How many recent runs to compare.")
@usage_errors
def history(output_dir, lang, runs):
    """Print what changed between the recent runs kept in OUTPUT_DIR.

    \b
    Example:
      reviews history outputs
    """
    from pipeline.store import history_text

    click.echo(history_text(output_dir, lang, runs))


def entry() -> None:
    """Run the command line as the ``reviews`` program."""
    main()
