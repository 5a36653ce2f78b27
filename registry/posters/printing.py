"""Prints as HTML: the print templates filled from what the poster services describe.

The services (registry/services/posters) decide what a print says and how it is fitted
on paper; this is the one place that renders their templates, handed to them as `render`.
"""
from __future__ import annotations

from flask import render_template

from registry.services.posters import Fit, PrintSheet


def render(sheet: PrintSheet, fit: Fit) -> str:
    return render_template(sheet.template, page=sheet.page, density=fit.density,
                           scale=fit.scale, **sheet.context)
