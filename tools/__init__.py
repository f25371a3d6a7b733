"""Developer tools run from the repository root (`python -m tools.bench`, ...); not installed."""
