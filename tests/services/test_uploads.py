"""Import files kept between preview and confirmation: owner, integrity, expiry."""
import os

import pytest

from registry.services import uploads


def test_an_upload_is_returned_only_to_its_owner_and_unchanged(tmp_path):
    token = uploads.store(str(tmp_path), b"region,agency\n", "daftar.csv", 7, now=1000.0)
    stored = uploads.load(str(tmp_path), token, 7, now=1001.0)
    assert (stored.filename, stored.data) == ("daftar.csv", b"region,agency\n")
    with pytest.raises(uploads.UploadForbidden):
        uploads.load(str(tmp_path), token, 8, now=1001.0)
    (tmp_path / f"{token}.bin").write_bytes(b"region,agency\nx\n")
    with pytest.raises(uploads.UploadNotFound):
        uploads.load(str(tmp_path), token, 7, now=1001.0)
    assert os.listdir(tmp_path) == []  # a tampered upload is removed


def test_an_upload_expires_after_an_hour(tmp_path):
    token = uploads.store(str(tmp_path), b"x", "a.csv", 7, now=1000.0)
    with pytest.raises(uploads.UploadNotFound):
        uploads.load(str(tmp_path), token, 7, now=1000.0 + uploads.MAX_AGE + 1)
    assert os.listdir(tmp_path) == []


def test_old_files_are_swept_when_a_new_upload_is_stored(tmp_path):
    old = uploads.store(str(tmp_path), b"x", "a.csv", 7)
    for name in os.listdir(tmp_path):
        os.utime(tmp_path / name, (0, 0))
    new = uploads.store(str(tmp_path), b"y", "b.csv", 7)
    assert sorted(os.listdir(tmp_path)) == [f"{new}.bin", f"{new}.json"]
    with pytest.raises(uploads.UploadNotFound):
        uploads.load(str(tmp_path), old, 7)


@pytest.mark.parametrize("token", ["", "../../etc/passwd", "short", "a" * 100])
def test_malformed_tokens_are_not_found(tmp_path, token):
    with pytest.raises(uploads.UploadNotFound):
        uploads.load(str(tmp_path), token, 7)
