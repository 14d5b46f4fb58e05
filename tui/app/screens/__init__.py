"""Screens and modal dialogs, one per module."""
