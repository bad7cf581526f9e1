"""Smoke run of the generated Python bindings: the same library the apps load,
called the way a shell would. The Kotlin tests (android/jvm) go further."""

import gc
import pathlib

import pytest

import lueur


@pytest.fixture
def data_dir(tmp_path: pathlib.Path) -> str:
    return str(tmp_path / "data")


def test_open_negotiates_the_preferred_language(data_dir):
    assert lueur.Lueur.open(data_dir, ["nl-BE", "fr-BE"]).locale() == "nl"
    # Negotiation is not a choice: only set_locale is remembered.
    assert lueur.Lueur.open(data_dir, ["ar-MA"]).locale() == "en"


def test_unbundled_preferences_fall_back_to_english(data_dir):
    assert lueur.Lueur.open(data_dir, ["ro", "ar"]).locale() == "en"


def test_switching_is_remembered(data_dir):
    lueur.Lueur.open(data_dir, ["fr"]).set_locale("de")
    gc.collect()
    assert lueur.Lueur.open(data_dir, ["fr"]).locale() == "de"


def test_content_info_lists_the_bundled_languages(data_dir):
    app = lueur.Lueur.open(data_dir, ["en"])
    info = app.content_info()
    assert isinstance(info, lueur.ContentInfo)
    assert set(info.locales) >= {"fr", "nl", "de", "en"}
    assert info.locales == app.available_locales()
    assert info.hash.startswith(info.version)


def test_an_unknown_locale_is_invalid_with_a_localised_text(data_dir):
    app = lueur.Lueur.open(data_dir, ["fr"])
    with pytest.raises(lueur.LueurError.Invalid) as french:
        app.set_locale("xx")
    assert french.value.field == "locale"
    assert french.value.text and not french.value.text.startswith("error-")
    app.set_locale("en")
    with pytest.raises(lueur.LueurError) as english:
        app.set_locale("xx")
    assert english.value.text != french.value.text
    assert app.locale() == "en"


def test_an_unusable_data_folder_opens_and_saving_is_a_storage_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    app = lueur.Lueur.open(str(blocker), ["de"])
    assert app.storage_unavailable()
    with pytest.raises(lueur.LueurError.Storage) as error:
        app.set_locale("fr")
    assert error.value.text and not error.value.text.startswith("error-")


def test_a_damaged_data_file_is_replaced_and_reported(tmp_path):
    (tmp_path / "data.db").write_bytes(b"\x42" * 8192)
    assert lueur.Lueur.open(str(tmp_path), ["fr"]).recreated_after_corruption()
    gc.collect()
    assert not lueur.Lueur.open(str(tmp_path), ["fr"]).recreated_after_corruption()
