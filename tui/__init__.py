"""Greenroom: a terminal reader for TV-show coverage."""

__version__ = "0.1.0"
