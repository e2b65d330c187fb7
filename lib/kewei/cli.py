"""The ``kewei`` command. Each subcommand is a module with ``add_parser`` and ``run``."""

from __future__ import annotations

import argparse
import importlib
import sys

from kewei import __version__
from kewei.errors import KeweiError

# subcommand -> (module defining add_parser(subparsers) and run(args) -> int, one-line help)
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "extract": ("kewei.extract", "parse the documents in seeds/ into tables in data/"),
    "build": ("kewei.build", "extract, execute the notebook grid and publish HTML briefings"),
}


def make_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; only the module of ``command`` is imported (all of them when it is None)."""
    parser = argparse.ArgumentParser(
        prog="kewei",
        description="kewei 科委: tables and briefings from district S&T commission documents.",
    )
    parser.add_argument("--version", action="version", version=f"kewei {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (modname, summary) in SUBCOMMANDS.items():
        if command not in (None, name):
            sub.add_parser(name, help=summary)
            continue
        mod = importlib.import_module(modname)
        p = mod.add_parser(sub)
        p.set_defaults(_run=mod.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    command = next((a for a in argv if not a.startswith("-")), None)
    parser = make_parser(command if command in SUBCOMMANDS else None)
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help()
        return 2
    try:
        return int(args._run(args) or 0)
    except KeweiError as err:
        print(f"kewei {args.command}: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"kewei {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
