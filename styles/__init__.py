"""Textual stylesheets, shipped as the package `tui.styles`."""
