"""Help inside the app: the user guide and the other documentation pages, offline, with the
section about the panel the planner was in (F1), a keyboard-shortcut sheet made from the
window's own actions, back and forward, and find in page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from waterplanner.i18n import translate
from waterplanner.ui.help_pages import (
    PAGES,
    HelpPage,
    docs_folder,
    page,
    page_file,
    page_language,
    page_title,
    slug,
)
from waterplanner.ui.shortcut_sheet import sheet_html
from waterplanner.ui.translators import translate_into


class HelpWindow(QWidget):
    """A top-level window beside the main window (it stays open while the planner works)."""

    def __init__(self, main: QMainWindow, language: str = "en") -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("HelpWindow")
        self.setWindowTitle(translate("Help", "WaterPlanner — Help"))
        self.main = main
        self.language = language
        self.current: HelpPage | None = None
        self.section = ""
        """The heading last scrolled to ('' at the top of a page)."""
        self.pages = QListWidget()
        for p in PAGES:
            item = QListWidgetItem(page_title(p))
            item.setData(Qt.ItemDataRole.UserRole, p.key)
            self.pages.addItem(item)
        self.pages.currentItemChanged.connect(self._on_page_chosen)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_link)
        self.browser.setSearchPaths([str(docs_folder())])
        self.back = QToolButton()
        self.back.setText(translate("Help", "◀ Back"))
        self.back.setToolTip(translate("Help", "Back  [Alt+Left]"))
        self.back.clicked.connect(self.go_back)
        self.forward = QToolButton()
        self.forward.setText(translate("Help", "Forward ▶"))
        self.forward.setToolTip(translate("Help", "Forward  [Alt+Right]"))
        self.forward.clicked.connect(self.go_forward)
        self.find_field = QLineEdit()
        self.find_field.setPlaceholderText(
            translate("Help", "Find in page (Ctrl+F, Enter for the next)"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.returnPressed.connect(self.find_next)
        self.find_note = QLabel()
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for w in (self.back, self.forward):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.find_note)
        bar.addWidget(self.find_field, 1)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addLayout(bar)
        rv.addWidget(self.browser)
        split = QSplitter()
        split.addWidget(self.pages)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 760])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(split)
        self._history: list[tuple[str, str]] = []
        self._at = -1
        for keys, slot in ((QKeySequence.StandardKey.Find, self.find_field.setFocus),
                           (QKeySequence.StandardKey.Back, self.go_back),
                           (QKeySequence.StandardKey.Forward, self.go_forward),
                           (QKeySequence.StandardKey.Close, self.close),
                           (Qt.Key.Key_Escape, self.close)):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self.resize(1040, 760)

    # --- showing ------------------------------------------------------------------------
    def show_page(self, key: str, section: str = "", remember: bool = True) -> None:
        """Show a page, at a section (its heading text or anchor) when given."""
        p = page(key)
        self.current = p
        self.pages.blockSignals(True)
        self.pages.setCurrentRow(PAGES.index(p))
        self.pages.blockSignals(False)
        if p.file is None:
            self.browser.setHtml(sheet_html(self.main))
        else:
            path = page_file(p, self.language)
            if path is None:
                self.browser.setPlainText(translate(
                    "Help", "The page '{title}' ({file}) is not installed.").format(
                        title=page_title(p), file=p.file))
            else:
                self._load_markdown(path)
        self.browser.verticalScrollBar().setValue(0)
        self.section = ""
        if section:
            self.scroll_to(section)
        if remember:
            del self._history[self._at + 1:]
            self._history.append((key, section))
            self._at = len(self._history) - 1
        self._update_buttons()
        self.find_note.setText("")

    def _load_markdown(self, path: Path) -> None:
        self.browser.setSearchPaths([str(path.parent), str(docs_folder())])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path)))
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))

    def headings(self) -> list[tuple[int, str]]:
        """(level, text) of the page's headings, in order."""
        out = []
        block = self.browser.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level > 0:
                out.append((level, block.text()))
            block = block.next()
        return out

    def scroll_to(self, section: str) -> bool:
        """Scroll so the heading named ``section`` (its text or its anchor) is at the top; a
        translated page names its sections in its language (``HelpSections``), which is
        the window's or, for a page read instead (a Russian page in a Kazakh window), the
        page's own."""
        shown = page_language(self.current, self.language) if self.current is not None \
            else self.language
        heading = translate("HelpSections", section) if shown == self.language else \
            translate_into(shown, "HelpSections", section)
        if self._scroll_to(heading):
            return True
        return self._scroll_to(section)

    def _scroll_to(self, section: str) -> bool:
        want = slug(section)
        doc = self.browser.document()
        block = doc.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and slug(block.text()) == want:
                top = doc.documentLayout().blockBoundingRect(block).top()
                self.browser.verticalScrollBar().setValue(int(top))
                self.section = block.text()
                return True
            block = block.next()
        return False

    def find_next(self) -> bool:
        """Find the field's text after the cursor, wrapping to the top once."""
        text = self.find_field.text()
        if not text:
            return False
        found = self.browser.find(text)
        if not found:
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text)
        self.find_note.setText("" if found else translate("Help", "not found"))
        return found

    # --- navigation ---------------------------------------------------------------------
    def go_back(self) -> None:
        if self._at > 0:
            self._at -= 1
            self.show_page(*self._history[self._at], remember=False)

    def go_forward(self) -> None:
        if self._at < len(self._history) - 1:
            self._at += 1
            self.show_page(*self._history[self._at], remember=False)

    def _update_buttons(self) -> None:
        self.back.setEnabled(self._at > 0)
        self.forward.setEnabled(self._at < len(self._history) - 1)

    def _on_page_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.show_page(str(item.data(Qt.ItemDataRole.UserRole)))

    def _on_link(self, url: QUrl) -> None:
        """A link between the pages (or to a section) opens here; a web link goes to the
        system's browser (the planner may be offline; then nothing happens)."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        name = Path(url.path()).name if url.path() else ""
        fragment = url.fragment()
        if not name or (self.current is not None and name == self.current.file):
            if fragment:
                self.scroll_to(fragment)
            return
        for p in PAGES:
            if p.file == name:
                self.show_page(p.key, fragment)
                return
        self.find_note.setText(translate("Help", "{name} is not part of the help").format(
            name=name))
