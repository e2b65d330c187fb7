"""The ``kewei`` command. Each subcommand lives in its own module with ``add_parser`` and ``run``."""

from __future__ import annotations

import argparse
import importlib
import sys

from kewei import __version__
from kewei.errors import KeweiError

# subcommand -> module that defines add_parser(subparsers) and run(args) -> int
SUBCOMMANDS: dict[str, str] = {
    "extract": "kewei.extract",
    "build": "kewei.build",
}


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kewei",
        description="kewei 科委: tables and briefings from district S&T commission documents.",
    )
    parser.add_argument("--version", action="version", version=f"kewei {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, modname in SUBCOMMANDS.items():
        mod = importlib.import_module(modname)
        p = mod.add_parser(sub)
        p.set_defaults(_run=mod.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
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
