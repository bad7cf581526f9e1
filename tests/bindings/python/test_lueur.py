"""Smoke run of the generated Python bindings: the same library the apps load,
called the way a shell would, one or two calls per feature. The Kotlin tests
(android/jvm) exercise every export."""

import gc
import os
import pathlib

import pytest

from lueur_bindings import lueur, lueur_contract, lueur_core

ROOT = pathlib.Path(__file__).resolve().parents[3]


class MemorySecretStore(lueur_core.DeviceSecretStore):
    """The app's store of the device secret (Keystore, Keychain), in memory: 32 random
    bytes, new ones when the core renews them. It counts the core's calls."""

    def __init__(self):
        self.secret = os.urandom(32)
        self.reads = 0
        self.renewals = 0

    def device_secret(self):
        self.reads += 1
        return self.secret

    def renew_device_secret(self):
        self.renewals += 1
        self.secret = os.urandom(32)
        return self.secret


# One store per data folder, as the Keystore is the same at every start of the app:
# the user database is sealed under the secret and another one does not open it.
_stores: dict = {}


def store_for(data_dir) -> MemorySecretStore:
    return _stores.setdefault(str(pathlib.Path(data_dir).resolve()), MemorySecretStore())


def open_lueur(data_dir, locales, secrets=None) -> lueur.Lueur:
    return lueur.Lueur.open(str(data_dir), locales, secrets or store_for(data_dir))


@pytest.fixture
def data_dir(tmp_path: pathlib.Path) -> str:
    return str(tmp_path / "data")


def test_open_negotiates_the_preferred_language(data_dir):
    assert open_lueur(data_dir, ["nl-BE", "fr-BE"]).locale() == "nl"
    # Negotiation is not a choice: only set_locale is remembered.
    assert open_lueur(data_dir, ["ja-JP"]).locale() == "en"
    # Essentials packs are reached too, also under another tag.
    assert open_lueur(data_dir, ["ar-MA"]).locale() == "ar"


def test_unbundled_preferences_fall_back_to_english(data_dir):
    assert open_lueur(data_dir, ["ja", "ko"]).locale() == "en"


def test_switching_is_remembered(data_dir):
    open_lueur(data_dir, ["fr"]).set_locale("de")
    gc.collect()
    assert open_lueur(data_dir, ["fr"]).locale() == "de"


def test_content_info_lists_the_bundled_languages(data_dir):
    app = open_lueur(data_dir, ["en"])
    info = app.content_info()
    assert isinstance(info, lueur_core.ContentInfo)
    assert set(info.locales) >= {"fr", "nl", "de", "en"}
    assert info.locales == app.available_locales()
    assert info.hash.startswith(info.version)


def test_an_unknown_locale_is_invalid_with_a_localised_text(data_dir):
    app = open_lueur(data_dir, ["fr"])
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
    app = open_lueur(blocker, ["de"])
    assert app.storage_unavailable()
    with pytest.raises(lueur.LueurError.Storage) as error:
        app.set_locale("fr")
    assert error.value.text and not error.value.text.startswith("error-")


def test_a_damaged_data_file_is_replaced_and_reported(tmp_path):
    # The user database is one sealed file named `data`.
    (tmp_path / "data").write_bytes(b"\x42" * 8192)
    assert open_lueur(tmp_path, ["fr"]).recreated_after_corruption()
    gc.collect()
    assert not open_lueur(tmp_path, ["fr"]).recreated_after_corruption()


# --- phase 2: one smoke call per feature ----------------------------------------


def test_home_starts_with_the_emergency_call(data_dir):
    home = open_lueur(data_dir, ["fr-BE"]).home()
    first = home.danger.actions[0].action
    assert first.is_call() and first.number == "112"
    assert any(entry.destination.is_check_me() for entry in home.primary)


def test_search_and_contacts_with_a_filter(data_dir):
    app = open_lueur(data_dir, ["fr"])
    view = app.search("travail")
    assert view.results and any(run.highlight for run in view.results[0].title + view.results[0].snippet)
    assert app.last_search().query == "travail"
    filtered = app.contacts(lueur_core.ContactFilter(city="Liège"))
    assert filtered.filtered_by
    with pytest.raises(lueur.LueurError.NotFound):
        app.contact("nobody")


def test_checklist_answers_until_danger_shows_the_emergency_result(data_dir):
    app = open_lueur(data_dir, ["en"])
    first = app.start_checklist(lueur_core.Perspective.ME)
    assert first.is_question() and first.question.id == "danger-now"
    result = app.answer_question("danger-now", "yes")
    assert result.is_result() and result.result.level == lueur_contract.Level.IMMEDIATE_DANGER
    assert app.continue_checklist().question.id == "locked-in-now"
    with pytest.raises(lueur.LueurError.Invalid) as wrong:
        app.answer_question("locked-in-now", "perhaps")
    assert wrong.value.field == "locked-in-now"


def test_an_invalid_report_field_is_refused_and_a_valid_draft_is_queued(data_dir):
    app = open_lueur(data_dir, ["nl"])
    app.set_report_draft(
        lueur_core.ReportDraft(what_happened="x", contact=lueur_core.ContactPreference.PHONE(number="bel me", note=None))
    )
    with pytest.raises(lueur.LueurError.Invalid) as error:
        app.send_report_draft()
    assert error.value.field == "contact-phone" and "bel me" not in error.value.text
    app.set_report_draft(
        lueur_core.ReportDraft(what_happened="Ze werken 's nachts.", contact=lueur_core.ContactPreference.NO_CONTACT())
    )
    app.set_deployment_endpoint("http://127.0.0.1:9")
    item = app.send_report_draft()
    task = app.next_upload()
    request = task.request
    assert task.is_upload() and request.id == item.id and request.body[:4] == b"LRPT"
    assert request.method == "POST" and not request.follow_redirects
    # A 2xx without the receipt is not a delivery; the receipt for this id is.
    bare = lueur_core.UploadResponse.HTTP(status=200, headers=[], body=b"")
    assert app.finish_upload(request.id, bare).is_stop()
    assert app.outbox().items[0].state == lueur_core.OutboxState.QUEUED
    receipt = ('{"id": "%s", "received_at": 1, "receipt": "00"}' % request.id).encode()
    answer = lueur_core.UploadResponse.HTTP(status=201, headers=[], body=receipt)
    assert app.finish_upload(request.id, answer).is_continue()
    assert app.outbox().items[0].state == lueur_core.OutboxState.SENT


def test_calculator_calculates_and_quick_exit_forgets(data_dir):
    app = open_lueur(data_dir, ["de"])
    times = lueur_core.CalcKey.OPERATOR(operator=lueur_core.CalcOperator.MULTIPLY)
    for key in [lueur_core.CalcKey.DIGIT(value=7), times, lueur_core.CalcKey.DIGIT(value=6)]:
        app.press_calculator_key(key)
    outcome = app.press_calculator_key(lueur_core.CalcKey.EQUALS())
    assert outcome.is_show() and outcome.view.display == "42"
    app.search("arbeit")
    assert app.quick_exit() == lueur_core.QuickExitAction.LEAVE_APP
    assert app.last_search().query == "" and app.calculator().display == "0"
    assert app.wipe().launcher == lueur_core.LauncherIdentity.LUEUR


def test_a_report_starts_from_the_checklist_with_its_summary(data_dir):
    app = open_lueur(data_dir, ["fr"])
    app.start_checklist(lueur_core.Perspective.OTHER)
    app.answer_question("danger-now", "no")
    app.answer_question("locked-in-now", "yes")
    form = app.start_report_from_checklist()
    summary = next(f for f in form.fields if f.field == lueur_core.ReportField.CHECKLIST_SUMMARY)
    assert summary.value and summary.value == app.checklist_summary()
    assert app.report_draft().about == lueur_core.ReportAbout.SOMEONE_ELSE


def test_the_report_form_is_filled_by_its_keys_and_text_fields(data_dir):
    app = open_lueur(data_dir, ["en"])
    form = app.choose_report_option(lueur_core.ReportField.CONTACT, ["email"])
    email = next(f for f in form.fields if f.field == lueur_core.ReportField.CONTACT_EMAIL)
    assert email.shown
    form = app.set_report_text(lueur_core.ReportField.WHAT_HAPPENED, "They work at night.")
    assert app.report_draft().what_happened == "They work at night."
    with pytest.raises(lueur.LueurError.Invalid) as unknown:
        app.choose_report_option(lueur_core.ReportField.ABOUT, ["nobody"])
    assert unknown.value.field == "about"


def test_the_core_calls_the_python_secret_store_and_the_wipe_renews_it(tmp_path):
    store = MemorySecretStore()
    app = open_lueur(tmp_path, ["fr"], store)
    assert store.reads >= 1 and store.renewals == 0
    app.set_locale("nl")
    assert (tmp_path / "data").exists()
    sealed_under = store.secret
    app.wipe()
    assert store.renewals == 1
    assert store.secret != sealed_under
    app.set_locale("de")
    del app
    gc.collect()
    # What the wipe left opens under the renewed secret, and under no other.
    reopened = open_lueur(tmp_path, ["fr"], store)
    assert not reopened.recreated_after_corruption() and reopened.locale() == "de"
    del reopened
    gc.collect()
    other = open_lueur(tmp_path, ["fr"], MemorySecretStore())
    assert other.recreated_after_corruption() and other.locale() == "fr"


def test_a_store_without_a_secret_still_opens_without_storage(tmp_path):
    class Locked(MemorySecretStore):
        def device_secret(self):
            self.reads += 1
            return None

    store = Locked()
    app = open_lueur(tmp_path, ["en"], store)
    assert store.reads >= 1
    assert app.storage_unavailable()
    assert app.home().danger.actions[0].action.number == "112"
    with pytest.raises(lueur.LueurError.Storage):
        app.set_locale("fr")
    assert not (tmp_path / "data").exists()


def test_a_right_to_left_pack_gives_its_direction_and_latin_digits(data_dir):
    app = open_lueur(data_dir, ["fa-AF"])
    assert app.locale() == "prs"
    home = app.home()
    assert home.screen_language.direction == lueur_core.Direction.RTL
    call = home.danger.actions[0]
    assert "\u2068112\u2069" in call.label
    assert any(n.text for n in home.notices), "the pending review is said on home"


def test_the_helper_card_shows_both_languages_and_stores_nothing(data_dir):
    app = open_lueur(data_dir, ["ro"])
    card = app.helper_card(None, "flanders", False)
    assert card.reader.locale == "ro" and card.helper.locale == "nl"
    assert "Roemeens" in card.helper.speaks
    assert card.helper.centres[0].phones == ["03 201 16 90"]
    assert card.reader.checklist is None


def test_content_updates_verify_before_anything_changes(data_dir):
    app = open_lueur(data_dir, ["fr"])
    status = app.content_status()
    assert status.version == 1 and not status.downloaded
    assert status.checks == lueur_core.ContentChecks.ON
    task = app.next_content_check()
    assert task.is_fetch() and task.request.method == "GET" and not task.request.follow_redirects
    garbage = lueur_core.UploadResponse.HTTP(status=200, headers=[], body=b"<html>portal</html>")
    outcome = app.content_fetched(garbage)
    assert outcome.is_refused() and outcome.problem == lueur_core.PackProblem.NOT_A_PACK
    assert app.next_content_check().is_wait()
    # Signed with the development content key and intact, but for content schema 3,
    # which this app (schema 4 since the language packs) no longer reads: verified,
    # then refused before anything opens it; nothing is stored.
    seed = ROOT / "contract" / "fuzz" / "seeds" / "pack" / "valid-small"
    outcome = app.install_content_pack(seed.read_bytes())
    assert outcome.is_refused() and outcome.problem == lueur_core.PackProblem.UNKNOWN_SCHEMA
    assert "Lueur garde" in app.content_status().last_result
    assert not (pathlib.Path(data_dir) / "content.pack").exists()
