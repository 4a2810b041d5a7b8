"""``python -m waterplanner``: the same as the ``waterplanner`` command."""

import sys

from waterplanner.cli.main import main

sys.exit(main())
