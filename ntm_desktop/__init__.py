"""NTM Desktop — offline workbook for Vietnam's New Rural Development programme."""

__version__ = "0.1.0"
