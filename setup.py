"""Package layout only (metadata lives in pyproject.toml).

The runtime assets sit in the top-level ``resources/`` folder of the source tree and install as
the package ``waterplanner.resources``, so ``importlib.resources`` finds them in a wheel and in
an editable install alike. The documentation in ``docs/`` installs as ``waterplanner.docs``
the same way, for the Help window (offline, the same pages as in the repository).
"""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["waterplanner", "waterplanner.*"])
    + ["waterplanner.resources", "waterplanner.docs"],
    package_dir={"waterplanner.resources": "resources", "waterplanner.docs": "docs"},
)
