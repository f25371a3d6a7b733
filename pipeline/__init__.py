"""reviews: read Latvian expert reviews of MIP and PKE content into spreadsheets."""

__version__ = "0.1.0"
