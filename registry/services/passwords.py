"""What a new staff password must be: long enough and not one everybody tries first."""
from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

MIN_LENGTH = 12
MAX_LENGTH = 200
# Django's list of common passwords (registry/data/README.md says where it comes from).
COMMON_PASSWORDS = Path(__file__).parent.parent / "data" / "common-passwords.txt.gz"


class WeakPassword(ValueError):
    """A new password that is refused; `reason` is "length" or "common"."""

    def __init__(self, reason: str):
        super().__init__(f"the new password is refused ({reason})")
        self.reason = reason


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    with gzip.open(COMMON_PASSWORDS, "rt", encoding="utf-8") as listed:
        return frozenset(line.strip() for line in listed if line.strip())


def is_common(password: str) -> bool:
    return password.strip().lower() in common_passwords()


def check_new_password(password: str) -> None:
    """Raise WeakPassword unless `password` may become someone's password."""
    if not MIN_LENGTH <= len(password) <= MAX_LENGTH:
        raise WeakPassword("length")
    if is_common(password):
        raise WeakPassword("common")
