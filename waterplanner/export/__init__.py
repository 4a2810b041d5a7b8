"""Writing results and schedules to files others can read (CSV, JSON)."""
