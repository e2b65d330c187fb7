"""kewei (科委): reproducible tables and briefings from district S&T commission documents."""

__version__ = "0.1.0"
