"""WaterPlanner: plan reservoir releases on transboundary river cascades."""

__version__ = "0.1.0"
