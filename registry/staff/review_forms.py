"""The approver's form: publish from a date, or send back with a comment."""
from __future__ import annotations

import datetime as dt

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, DateField, HiddenField, SubmitField
from wtforms.validators import Optional

from registry.staff.forms import BAD_DATE, text_field


class ReviewForm(FlaskForm):
    # The revision the approver read: a draft changed since is not published (409).
    revision = HiddenField()
    effective_from = DateField(_l("In force from"), validators=[Optional()],
                               format="%Y-%m-%d")
    comment = text_field(_l("Comment for the editor"), 2000, area=True)
    publish = SubmitField(_l("Publish"))
    # Sending back needs a ticked box, checked on the server (no JavaScript dialog).
    confirm_send_back = BooleanField(_l("Yes, send this draft back to its editors"))
    reject = SubmitField(_l("Send back"))

    def check(self, today: dt.date) -> bool:
        """Publishing needs a date of today or later; sending back needs a comment."""
        if not self.validate():
            return False
        if self.reject.data:
            if not self.comment.data:
                self.comment.errors.append(_l("Say what must change."))
            if not self.confirm_send_back.data:
                self.confirm_send_back.errors.append(_l(
                    "Tick the box to confirm that the draft goes back to its editors."))
            return not (self.comment.errors or self.confirm_send_back.errors)
        if self.effective_from.data is None:
            self.effective_from.errors.append(BAD_DATE)
            return False
        if self.effective_from.data < today:
            self.effective_from.errors.append(_l(
                "The date lies in the past. Choose today or a later date."))
            return False
        return True
