"""Uploaded import files kept on the server between the preview and the confirmation.

The confirm form carries only a random token: the bytes, their owner and a sha256 stay
on the server, so a client cannot swap the file it was shown a preview of.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import time
from dataclasses import dataclass

MAX_AGE = 3600  # seconds an unconfirmed upload is kept
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{32,64}$")


class UploadNotFound(Exception):
    """No stored upload has this token (never made, used, expired or malformed)."""


class UploadForbidden(Exception):
    """The upload belongs to another user."""


@dataclass
class StoredUpload:
    token: str
    filename: str
    data: bytes


def _paths(folder: str, token: str) -> tuple[str, str]:
    return os.path.join(folder, token + ".bin"), os.path.join(folder, token + ".json")


def store(folder: str, data: bytes, filename: str, user_id: int,
          now: float | None = None) -> str:
    """Keep the bytes for the user; return the token. Expired uploads are removed first."""
    os.makedirs(folder, exist_ok=True)
    remove_expired(folder, now)
    token = secrets.token_urlsafe(32)
    data_path, meta_path = _paths(folder, token)
    with open(data_path, "wb") as out:
        out.write(data)
    with open(meta_path, "w", encoding="utf-8") as out:
        json.dump({"user_id": user_id, "filename": filename,
                   "sha256": hashlib.sha256(data).hexdigest(),
                   "stored_at": now if now is not None else time.time()}, out)
    return token


def load(folder: str, token: str, user_id: int, now: float | None = None) -> StoredUpload:
    if not token or not _TOKEN.match(token):
        raise UploadNotFound(token)
    data_path, meta_path = _paths(folder, token)
    try:
        with open(meta_path, encoding="utf-8") as meta_file:
            meta = json.load(meta_file)
        with open(data_path, "rb") as data_file:
            data = data_file.read()
    except (OSError, ValueError) as error:
        raise UploadNotFound(token) from error
    now = now if now is not None else time.time()
    if now - meta["stored_at"] > MAX_AGE or hashlib.sha256(data).hexdigest() != meta["sha256"]:
        discard(folder, token)
        raise UploadNotFound(token)
    if meta["user_id"] != user_id:
        raise UploadForbidden(token)
    return StoredUpload(token, meta["filename"], data)


def discard(folder: str, token: str) -> None:
    if not _TOKEN.match(token or ""):
        return
    for path in _paths(folder, token):
        with contextlib.suppress(FileNotFoundError):
            os.remove(path)


def remove_expired(folder: str, now: float | None = None) -> None:
    now = now if now is not None else time.time()
    if not os.path.isdir(folder):
        return
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        if name.endswith((".bin", ".json")) and now - os.path.getmtime(path) > MAX_AGE:
            os.remove(path)
