"""Prints as HTML: the print templates filled from what the poster services describe.

The services (registry/services/posters) decide what a print says and fit it on paper;
this is the one place that renders their templates, handed to them as `render`.
"""
from __future__ import annotations

from flask import render_template

from registry.services.posters import PrintSheet


def render(sheet: PrintSheet) -> str:
    return render_template(sheet.template, page=sheet.page, **sheet.context)
