"""The editors' preview, as `make serve` runs it (`mkdocs serve --dirty` with SIGNPOST_PREVIEW=1)
on a small site: each edit shows on every page it touches, however few pages a rebuild writes,
and a content error holds the preview rather than show the last build's pages."""

from __future__ import annotations

import http.client
import os
import re
import select
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from helpers import BENGALI_SAFETY, TODAY, buildable, edit, write

WAIT = 90.0  # seconds before giving up on a page showing a change (a hang, not a slow build)
SERVICE = "services/safe-house/"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Served:
    """`mkdocs serve --dirty` of a folder, as `make serve` runs it, and what it serves."""

    def __init__(self, folder: Path, log: Path) -> None:
        self.folder = folder
        self.log = log
        self.port = free_port()
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SIGNPOST_TODAY=TODAY.isoformat(),
                   SIGNPOST_PREVIEW="1")
        with log.open("w", encoding="utf-8") as output:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-f",
                 str(folder / "mkdocs.yml"), "-a", f"127.0.0.1:{self.port}"],
                env=env, stdout=output, stderr=subprocess.STDOUT)

    def get(self, path: str) -> tuple[int, str]:
        """The status and text of a page (status 0 while nothing answers)."""
        url = f"http://127.0.0.1:{self.port}/{path}"
        try:
            with urllib.request.urlopen(url, timeout=WAIT) as answer:
                return int(answer.status), answer.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return int(error.code), error.read().decode("utf-8")
        except (urllib.error.URLError, ConnectionError):
            return 0, ""

    def page(self, path: str) -> str:
        status, text = self.get(path)
        assert status == 200, (path, status)
        return text

    def pages(self) -> dict[str, str]:
        """Every page of the site (those its sitemap lists), by its path."""
        sitemap = self.page("sitemap.xml")
        paths = [url.split(f":{self.port}/", 1)[1]
                 for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
        assert len(paths) > 10
        return {path: self.page(path) for path in paths}

    def until(self, path: str, shown: Callable[[int, str], bool]) -> str:
        """Wait until the page at `path` is as `shown` says; its text."""
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"mkdocs serve stopped:\n{self.said()}")
            status, text = self.get(path)
            if shown(status, text):
                return text
            time.sleep(0.1)
        pytest.fail(f"{path} did not change within {WAIT:.0f} s:\n{self.said()}")

    def until_said(self, words: str) -> None:
        """Wait until the server's output has said `words`."""
        deadline = time.monotonic() + WAIT
        while words not in self.said():
            if time.monotonic() > deadline or self.process.poll() is not None:
                pytest.fail(f"mkdocs serve did not say {words!r}:\n{self.said()}")
            time.sleep(0.1)

    def said(self) -> str:
        return self.log.read_text(encoding="utf-8")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


def serve(folder: Path, log: Path) -> Iterator[Served]:
    server = Served(folder, log)
    try:
        server.until(SERVICE, lambda status, text: status == 200)
        yield server
    finally:
        server.stop()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    yield from serve(buildable(tmp_path), tmp_path / "serve.log")


@pytest.fixture
def served_in_two_languages(tmp_path: Path) -> Iterator[Served]:
    folder = buildable(tmp_path)
    for name, text in BENGALI_SAFETY.items():
        write(folder, f"content/translations/bn/{name}", text)
    yield from serve(folder, tmp_path / "serve.log")


def showing(words: str) -> Callable[[int, str], bool]:
    return lambda status, text: status == 200 and words in text


def test_an_edited_service_shows_on_its_page_and_in_its_lists(served: Served) -> None:
    lists = [path for path, text in served.pages().items()
             if "A safe place to stay." in text and path != SERVICE]
    assert lists  # its need's and its levels' lists show its summary
    edit(served.folder, "services/safe-house.yml", "summary: A safe place to stay.",
         "summary: A safe place to stay, edited in the preview.")
    served.until(SERVICE, showing("A safe place to stay, edited in the preview."))
    for path in lists:
        assert "A safe place to stay, edited in the preview." in served.page(path), path
    # ...while most of the site was left as the last build wrote it
    reused = [int(n) for n in re.findall(r"Preview: (\d+) of \d+ files as the last build",
                                         served.said())]
    assert reused[-1] > 10


def test_a_renamed_need_shows_on_every_page_that_names_it(served: Served) -> None:
    naming = [path for path, text in served.pages().items() if "Feelings and mental health" in text]
    assert SERVICE in naming and len(naming) > 3
    edit(served.folder, "content/needs.yml", "name: Feelings and mental health",
         "name: Worries and moods")
    served.until(SERVICE, showing("Worries and moods"))
    pages = served.pages()
    assert not [path for path, text in pages.items() if "Feelings and mental health" in text]
    assert all("Worries and moods" in pages[path] for path in naming)


def test_a_new_site_name_shows_on_every_page(served: Served) -> None:
    edit(served.folder, "content/site.yml", "name: Testford Family Help",
         "name: Testford Families Together")
    served.until(SERVICE, showing("Testford Families Together"))
    pages = served.pages()
    assert not [path for path, text in pages.items() if "Testford Family Help" in text]
    assert all("Testford Families Together" in text for text in pages.values())


@pytest.fixture
def served_with_a_page_in_the_menu(tmp_path: Path) -> Iterator[Served]:
    """The small site with its hand-written page in the menu, titled by its own heading."""
    folder = buildable(tmp_path)
    edit(folder, "mkdocs.yml", "  - About: about.md\n", "  - About: about.md\n  - page.md\n")
    yield from serve(folder, tmp_path / "serve.log")


def test_a_hand_written_page_s_new_heading_shows_in_every_page_s_menu(
        served_with_a_page_in_the_menu: Served) -> None:
    served = served_with_a_page_in_the_menu
    assert all("A page" in text for text in served.pages().values())  # its menu entry
    edit(served.folder, "content/page.md", "# A page", "# Our own page")
    served.until("page/", showing("Our own page"))
    pages = served.pages()
    assert all("Our own page" in text for text in pages.values())
    assert not [path for path, text in pages.items() if "A page" in text]


def test_a_deleted_service_is_gone_from_its_page_and_its_lists(served: Served) -> None:
    assert any("Safe House" in text for path, text in served.pages().items()
               if path != SERVICE)
    (served.folder / "services" / "safe-house.yml").unlink()
    served.until(SERVICE, lambda status, text: status == 404)
    pages = served.pages()
    assert SERVICE not in pages
    assert not [path for path, text in pages.items() if "Safe House" in text]


def test_in_two_languages_a_deleted_service_is_gone_from_both(
        served_in_two_languages: Served) -> None:
    served = served_in_two_languages
    before = served.pages()
    assert f"bn/{SERVICE}" in before  # the site is in Bengali too...
    assert 'hreflang="bn"' in before[SERVICE]  # ...and each page links to its other language
    (served.folder / "services" / "safe-house.yml").unlink()
    served.until(f"bn/{SERVICE}", lambda status, text: status == 404)
    assert served.get(SERVICE)[0] == 404
    pages = served.pages()
    assert not [path for path, text in pages.items() if "Safe House" in text]
    assert set(pages) == set(before) - {SERVICE, f"bn/{SERVICE}"}


def test_in_two_languages_an_edit_shows_in_both_and_english_is_marked_only_in_bengali(
        served_in_two_languages: Served) -> None:
    """The service's summary has no Bengali translation: its Bengali page prints the English
    inside lang="en" (so a screen reader says it in English), its English page plainly, in
    the first build and after an edit, whatever the preview kept compiled between them."""
    served = served_in_two_languages
    for _ in range(2):
        english, bengali = served.page(SERVICE), served.page(f"bn/{SERVICE}")
        summary = re.search(r'<p class="sp-lead">(.*?)</p>', english).group(1)
        assert 'lang="en"' not in summary
        assert re.search(r'<p class="sp-lead"><span lang="en">[^<]*</span></p>', bengali)
        edit(served.folder, "services/safe-house.yml", "summary: A safe place to stay.",
             "summary: A safe place to stay, edited.")
        served.until(f"bn/{SERVICE}", showing("A safe place to stay, edited."))
        served.until(SERVICE, showing("A safe place to stay, edited."))
        edit(served.folder, "services/safe-house.yml", "summary: A safe place to stay, edited.",
             "summary: A safe place to stay.")
        served.until(f"bn/{SERVICE}", lambda status, text: "stay, edited." not in text)


def test_an_added_service_appears(served: Served) -> None:
    text = (served.folder / "services" / "safe-house.yml").read_text(encoding="utf-8")
    (served.folder / "services" / "quiet-corner.yml").write_text(
        text.replace("name: Safe House", "name: Quiet Corner"), encoding="utf-8")
    served.until("services/quiet-corner/", showing("Quiet Corner"))
    pages = served.pages()
    assert "services/quiet-corner/" in pages
    assert any("Quiet Corner" in text for path, text in pages.items()
               if path.startswith("needs/"))


def test_a_content_error_holds_the_preview_until_it_is_fixed(served: Served) -> None:
    """A YAML error stops the rebuild with its path:line report, as `mkdocs build` would, and
    MkDocs' server then answers no request until a build succeeds: a page asked for while the
    content is broken is answered once it is fixed, with the fixed content, never with the
    last build's page as if it were current."""
    edit(served.folder, "services/safe-house.yml", "summary: A safe place to stay.",
         "summary: Before the error.")
    served.until(SERVICE, showing("Before the error."))
    edit(served.folder, "services/safe-house.yml", "needs: [feelings]", "needs: [feelings")
    served.until_said("services/safe-house.yml:5: error: YAML syntax error")
    waiting = http.client.HTTPConnection("127.0.0.1", served.port, timeout=WAIT)
    try:
        waiting.request("GET", f"/{SERVICE}")
        assert waiting.sock is not None
        readable, _, _ = select.select([waiting.sock], [], [], 1.0)
        assert not readable  # the server holds the page back while the content is broken
        (served.folder / "services" / "safe-house.yml").write_text(
            (served.folder / "services" / "safe-house.yml").read_text(encoding="utf-8")
            .replace("needs: [feelings", "needs: [feelings]")
            .replace("Before the error.", "After the fix."), encoding="utf-8")
        answer = waiting.getresponse()
        text = answer.read().decode("utf-8")
    finally:
        waiting.close()
    assert answer.status == 200
    assert "After the fix." in text and "Before the error." not in text


def test_a_build_keeps_nothing_for_the_preview(tmp_path: Path) -> None:
    """`mkdocs build` stays a clean, full build: even with the preview's setting left in the
    environment, site/ gets no record and no compiled templates to be published."""
    folder = buildable(tmp_path)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SIGNPOST_TODAY=TODAY.isoformat(),
               SIGNPOST_PREVIEW="1")
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f",
                           str(folder / "mkdocs.yml"), "-d", str(tmp_path / "site")],
                          capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "site" / "services" / "safe-house" / "index.html").is_file()
    assert not [path.name for path in (tmp_path / "site").iterdir()
                if path.name.startswith(".")]
