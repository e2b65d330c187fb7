"""``python -m kewei`` is the ``kewei`` command."""

import sys

from kewei.cli import main

sys.exit(main())
