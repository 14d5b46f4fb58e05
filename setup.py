"""Packaging: `styles/` and the demo coverage live at the top of the repo but ship inside `tui`."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["tui", "tui.*"]), "tui.styles", "tui.demo"],
    package_dir={"tui.styles": "styles", "tui.demo": "fixtures/demo"},
    package_data={
        "tui.styles": ["*.tcss"],
        "tui.demo": ["*.rss", "*.xml", "*.json"],
        "tui.analysis": ["data/*.json"],
    },
)
