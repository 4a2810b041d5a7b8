"""The ``waterplanner`` command line."""
